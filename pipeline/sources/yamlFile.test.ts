import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadYaml } from './yamlFile.ts';

const Schema = z.strictObject({
  groups: z.array(z.string()).default([]),
  places: z.record(z.string(), z.array(z.strictObject({ name: z.string().min(2), level: z.enum(['county', 'prefecture']) }))).default({}),
});
const text = `# a comment on line 1
groups:
  - 相关部门

places:
  tianmen:
    - name: 天门经济开发区
      level: county
    - { name: 竟陵街道, level: county }
`;

describe('loadYaml', () => {
  it('validates and keeps the line of every node for later checks', () => {
    const y = loadYaml(text, 'p.yaml', Schema);
    expect(y.data.places['tianmen']![1]).toEqual({ name: '竟陵街道', level: 'county' });
    expect(y.lineOf(['groups', 0])).toBe(3);
    expect(y.lineOf(['places', 'tianmen', 0])).toBe(7);
    expect(y.lineOf(['places', 'tianmen', 0, 'level'])).toBe(8);
    expect(y.lineOf(['places', 'tianmen', 1, 'level'])).toBe(9);
  });
  it('blames a bad value on its own line, an unknown field on the field, a missing one on its entry', () => {
    expect(() => loadYaml(text.replace('level: county\n', 'level: city\n'), 'p.yaml', Schema)).toThrow(
      /^p\.yaml:8: places\.tianmen\.0\.level: /,
    );
    expect(() => loadYaml(text.replace('      level: county\n', '      level: county\n      code: 1\n'), 'p.yaml', Schema)).toThrow(
      /^p\.yaml:9: places\.tianmen\.0: unknown field "code"/,
    );
    expect(() => loadYaml(text.replace('      level: county\n', ''), 'p.yaml', Schema)).toThrow(
      /^p\.yaml:7: places\.tianmen\.0\.level: missing required field/,
    );
  });
  it('names file and line of broken YAML and of a key written twice', () => {
    expect(() => loadYaml(text.replace('- { name: 竟陵街道', '- { name: [竟陵街道'), 'p.yaml', Schema)).toThrow(/^p\.yaml:9: invalid YAML/);
    expect(() => loadYaml(text + 'groups: []\n', 'p.yaml', Schema)).toThrow(/^p\.yaml:10: invalid YAML: Map keys must be unique/);
  });
  it('reads an empty file as {}, and a wrong top level is line 1 (where it is)', () => {
    expect(loadYaml('', 'p.yaml', Schema).data).toEqual({ groups: [], places: {} });
    expect(() => loadYaml('# list\n- a\n', 'p.yaml', Schema)).toThrow(/^p\.yaml:2: /);
  });
});
