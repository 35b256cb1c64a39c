import { customUiCsp } from './custom-ui-csp';

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((each) => each.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

const PAGE = '<html><head><script>window.x = 1</script></head><body></body></html>';

describe('the CSP a Custom UI page is served with is Forge’s own', () => {
  test('by default: the resource’s own scripts and styles only, no inline style', () => {
    const csp = customUiCsp(PAGE, {});

    expect(directive(csp, 'style-src')).toContain("'self'");
    expect(directive(csp, 'style-src')).not.toContain("'unsafe-inline'");
    expect(directive(csp, 'script-src')).toContain("'self'");
    expect(directive(csp, 'script-src')).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain('report-uri');
  });

  test('an inline script of the page is allowed by its hash, as Forge hashes it at deploy', () => {
    expect(directive(customUiCsp(PAGE, {}), 'script-src')).toContainEqual(
      expect.stringMatching(/^'sha256-[A-Za-z0-9+/=]{44}'$/),
    );
  });

  test("what the manifest's permissions declare is added, and only that", () => {
    const csp = customUiCsp(PAGE, {
      content: { styles: ['unsafe-inline'] },
      external: { images: ['https://images.example.com'] },
    });

    expect(directive(csp, 'style-src')).toContain("'unsafe-inline'");
    expect(directive(csp, 'img-src')).toContain('https://images.example.com');
    expect(directive(csp, 'connect-src')).not.toContain('https://images.example.com');
  });
});
