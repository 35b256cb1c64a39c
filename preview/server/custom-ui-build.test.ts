import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { missingBuilds } from './custom-ui-build';

describe('which Custom UI resources still need a build', () => {
  test('a build folder without index.html next to a source index.html needs one; built or plain folders do not', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'preview-build-'));
    for (const dir of ['static/unbuilt', 'static/built/build', 'static/icons'])
      await mkdir(path.join(project, dir), { recursive: true });
    await writeFile(path.join(project, 'static/unbuilt/index.html'), '<head></head>');
    await writeFile(path.join(project, 'static/built/index.html'), '<head></head>');
    await writeFile(path.join(project, 'static/built/build/index.html'), '<head></head>');

    expect(
      missingBuilds(project, ['static/unbuilt/build', 'static/built/build', 'static/icons']),
    ).toEqual(['static/unbuilt/build']);
  });
});
