/**
 * Every import checks file sizes before reading: the dashboard's team import, the options page's
 * team packs and practice packs. A picked file too large is refused by name from `File.size`
 * alone, and while any file of a selection is too large no file's text is read at all.
 */
import { describe, expect, it, vi } from 'vitest';
import { readWithinLimits, type PickedFile } from '../../lib/picked-files';
import { packFileTooLarge as practicePackTooLarge, tooManyFiles } from '../../lib/practice/pack';
import { LIMITS } from '../../lib/practice/schema';
import { packFileTooLarge as teamPackTooLarge } from '../../lib/settings/pack-import';
import { exportFileTooLarge } from '../../lib/stats/import';
import { MAX_EXPORT_CHARS } from '../../lib/stats/export-schema';

/** A picked file of `size` bytes whose text must not be read unless the size check passes. */
function picked(name: string, size: number, text = '{}'): PickedFile & { text: ReturnType<typeof vi.fn> } {
  return { name, size, text: vi.fn(async () => text) };
}

describe('imports check sizes before reading', () => {
  it('reads nothing while any picked file is too large, and everything when none is', async () => {
    const small = picked('a.json', 10);
    const huge = picked('huge.json', 3e9);
    const refused = await readWithinLimits([small, huge], (f) => exportFileTooLarge(f.name, f.size));
    expect(refused).toEqual({ ok: false, problems: [{ file: 'huge.json', path: '(file)', message: 'is too large (3000.0 MB; the limit is 25 MB), so it was not read' }] });
    expect(huge.text).not.toHaveBeenCalled();
    expect(small.text).not.toHaveBeenCalled();

    const read = await readWithinLimits([small, picked('b.json', 20, '[]')], (f) => exportFileTooLarge(f.name, f.size));
    expect(read).toEqual({ ok: true, files: [{ name: 'a.json', text: '{}' }, { name: 'b.json', text: '[]' }] });
  });

  it('team stats import: the byte limit keeps every accepted file within the character limit', () => {
    expect(exportFileTooLarge('ok.json', MAX_EXPORT_CHARS)).toBeUndefined();
    expect(exportFileTooLarge('big.json', MAX_EXPORT_CHARS + 1)?.file).toBe('big.json');
  });

  it('team pack import (options page) and practice pack import refuse large files by size', async () => {
    const pack = picked('big.yaml', 10 * 1024 * 1024);
    expect(await readWithinLimits([pack], (f) => teamPackTooLarge(f.name, f.size))).toMatchObject({ ok: false, problems: [{ file: 'big.yaml' }] });
    expect(pack.text).not.toHaveBeenCalled();

    const scenarios = picked('scenarios.json', LIMITS.packBytes + 1);
    const result = await readWithinLimits([scenarios], (f) => practicePackTooLarge(f.name, f.size));
    expect(result).toMatchObject({ ok: false, problems: [{ file: 'scenarios.json', path: '(file)', message: /a pack is at most 512 KB/ }] });
    expect(scenarios.text).not.toHaveBeenCalled();
    expect(practicePackTooLarge('ok.json', LIMITS.packBytes)).toBeUndefined();
    expect(tooManyFiles(LIMITS.filesPerImport)).toBeUndefined();
    expect(tooManyFiles(LIMITS.filesPerImport + 1)?.message).toMatch(/at most 20 files per import/);
  });
});
