import { overrideEnv } from './env-overrides';

describe('environment overrides', () => {
  const names = ['FORGE_CHECK_TEST_SET', 'FORGE_CHECK_TEST_UNSET'] as const;
  afterEach(() => names.forEach((name) => delete process.env[name]));

  it('sets the values, then restores a previous value and removes a new one', () => {
    process.env.FORGE_CHECK_TEST_SET = 'before';
    const restore = overrideEnv({
      FORGE_CHECK_TEST_SET: 'during',
      FORGE_CHECK_TEST_UNSET: 'during',
    });
    expect([process.env.FORGE_CHECK_TEST_SET, process.env.FORGE_CHECK_TEST_UNSET]).toEqual([
      'during',
      'during',
    ]);
    restore();
    expect(process.env.FORGE_CHECK_TEST_SET).toBe('before');
    expect('FORGE_CHECK_TEST_UNSET' in process.env).toBe(false);
  });
});
