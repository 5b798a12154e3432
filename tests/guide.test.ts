// The editors' guide by task (docs/tasks/*.md, linked from CONTRIBUTING.md)
// is run, so it cannot drift from what the check accepts and the reviewer
// sees. Each page marks its blocks with an HTML comment (not shown when the
// page is read):
//
//   <!-- guide:example file=… [at=whole|append:<list>|set:<mapping>|body] -->
//        the block goes into the demo county's file, as an editor pastes it
//   <!-- guide:attach file=… [size=bytes] -->  an uploaded file (PDF, JPEG, …)
//   <!-- guide:before file=… -->  / guide:after   the file contains the block
//   <!-- guide:check -->        what `npm run check` says after the examples
//   <!-- guide:mistake … [on=start] -->  + <!-- guide:output -->   a mistake and its messages
//   <!-- guide:review -->       the reviewer's summary of the page's change
//   <!-- guide:command -->      `npm run new` lines, run in a copy of the demo
//   <!-- guide:requires page.md -->   that page's examples come first
//
// Examples are applied in order through the real loader, on the demo county's
// pinned day (tests/fixtures/demo).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFs, overlayFs } from '../src/content-model/content-fs.ts';
import { formatDiagnostic, summarize } from '../src/content-model/diagnostics.ts';
import { loadContent } from '../src/content-model/load.ts';
import { diffContent, fromModel, renderText } from '../src/review/content-diff.ts';
import { run } from '../scripts/new-entry.ts';
import { place } from './helpers/place.ts';

const ROOT = join(import.meta.dirname, '..');
const DEMO = join(ROOT, 'tests', 'fixtures', 'demo');
const TASKS = join(ROOT, 'docs', 'tasks');
const TODAY = '2026-11-30';
const NOW = new Date('2026-11-30T04:00:00Z');
const demo = diskFs(DEMO);
const decoder = new TextDecoder();

/**
 * Pages whose examples the check cannot accept yet, with why. `it.fails`
 * turns red the day they pass: then remove the page from this list.
 */
const PENDING: Readonly<Record<string, string>> = {};

interface Block {
  readonly kind: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly code: string;
  readonly line: number;
}

const STANDALONE = new Set(['attach', 'requires']);

/** The marked blocks of a guide page, in order. */
function parseGuide(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let pending: { kind: string; attrs: Record<string, string>; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const marker = /^\s*<!-- guide:(\w+)((?:\s+[^\s=]+(?:=\S*)?)*)\s*-->\s*$/u.exec(lines[i]!);
    if (marker) {
      const attrs = Object.fromEntries([...marker[2]!.matchAll(/([^\s=]+)(?:=(\S*))?/gu)].map((m) => [m[1]!, m[2] ?? '']));
      if (STANDALONE.has(marker[1]!)) blocks.push({ kind: marker[1]!, attrs, code: '', line: i + 1 });
      else pending = { kind: marker[1]!, attrs, line: i + 1 };
      continue;
    }
    const fence = /^(\s*)(`{3,})\S*\s*$/u.exec(lines[i]!);
    if (!fence) continue;
    const [, indent, ticks] = fence;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== ticks; i++) body.push(lines[i]!.startsWith(indent!) ? lines[i]!.slice(indent!.length) : lines[i]!);
    if (pending) blocks.push({ ...pending, code: body.join('\n') });
    pending = undefined;
  }
  return blocks;
}

/** Without the indentation all its lines share. */
function dedent(code: string): string {
  const lines = code.split('\n');
  const width = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */u.exec(l)![0].length));
  return lines.map((l) => l.slice(width)).join('\n');
}

/** A list item's keys as mapping keys ("- id: x\n  name: y" → "id: x\nname: y"), for set:. */
function asMapping(code: string): string {
  const lines = dedent(code).split('\n');
  return lines[0]!.startsWith('- ') ? dedent(['  ' + lines[0]!.slice(2), ...lines.slice(1)].join('\n')) : lines.join('\n');
}

/** Bytes standing in for an uploaded file of that type. */
function upload(file: string, size: number): Uint8Array {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const head =
    ext === 'pdf'
      ? '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%'
      : ext === 'jpg' || ext === 'jpeg'
        ? '\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
        : '';
  const tail = ext === 'pdf' ? '\n%%EOF\n' : ext === 'jpg' || ext === 'jpeg' ? '\xFF\xD9' : '';
  const bytes = new Uint8Array(Math.max(size, head.length + tail.length));
  const put = (s: string, at: number) => [...s].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)));
  bytes.fill(ext === 'pdf' ? 0x20 : 0, head.length);
  put(head, 0);
  put(tail, bytes.length - tail.length);
  return bytes;
}

type Changes = Record<string, string | Uint8Array | null>;

const textOf = (changes: Changes, file: string): string | undefined => {
  const value = Object.hasOwn(changes, file) ? changes[file] : demo.exists(file) ? demo.read(file) : undefined;
  return value === null || value === undefined ? undefined : typeof value === 'string' ? value : decoder.decode(value);
};

/** The demo county with an example in it. */
function apply(changes: Changes, block: Block): Changes {
  const file = block.attrs.file;
  if (!file) throw new Error(`guide line ${block.line}: no file=`);
  const at = block.attrs.at ?? 'whole';
  const original = textOf(changes, file);
  let text: string;
  if (at === 'whole') text = `${block.code}\n`;
  else if (at === 'body') text = `${original!.replace(/\n*$/u, '')}\n\n${dedent(block.code)}\n`;
  else if (at.startsWith('append:')) text = place(original, dedent(block.code), { append: at.slice('append:'.length) }).text;
  else if (at.startsWith('set:')) text = place(original, asMapping(block.code), { set: at.slice('set:'.length) }).text;
  else throw new Error(`guide line ${block.line}: unknown at=${at}`);
  return { ...changes, [file]: text };
}

const load = (changes: Changes) => loadContent(DEMO, { fs: overlayFs(demo, changes), today: TODAY });
const review = (changes: Changes) => renderText(diffContent(fromModel(load({}).model), fromModel(load(changes).model))).trimEnd();

const pages = readdirSync(TASKS).filter((f) => f.endsWith('.md')).sort();
const blocksOf = (page: string) => parseGuide(readFileSync(join(TASKS, page), 'utf8'));

/** The demo county with the examples of a page and of the pages it requires. */
function examplesOf(page: string, changes: Changes = {}): Changes {
  let state = changes;
  for (const block of blocksOf(page)) {
    if (block.kind === 'requires') state = examplesOf(Object.keys(block.attrs)[0]!, state);
    if (block.kind === 'attach') state = { ...state, [block.attrs.file!]: upload(block.attrs.file!, Number(block.attrs.size ?? 1000)) };
    if (block.kind === 'example') state = apply(state, block);
  }
  return state;
}

/** `npm run new -- a "b c" d` → ['a', 'b c', 'd']. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/gu)].map((m) => m[1] ?? m[2]!);
}

/** Runs a page's blocks; returns what each review block computed, for the CONTRIBUTING summary. */
function runPage(page: string): string[] {
  const blocks = blocksOf(page);
  const reviews: string[] = [];
  let state: Changes = {};
  let start: Changes = {};
  let mistake: string | undefined;
  for (const block of blocks) {
    const where = `${page}:${block.line} guide:${block.kind}`;
    switch (block.kind) {
      case 'requires':
        state = examplesOf(Object.keys(block.attrs)[0]!, state);
        start = state;
        break;
      case 'attach':
        state = { ...state, [block.attrs.file!]: upload(block.attrs.file!, Number(block.attrs.size ?? 1000)) };
        break;
      case 'example':
        state = apply(state, block);
        break;
      case 'before':
      case 'after':
        expect(textOf(state, block.attrs.file!), where).toContain(`${block.code}\n`);
        break;
      case 'check': {
        const diagnostics = load(state).diagnostics;
        expect(diagnostics.map(formatDiagnostic), where).toEqual([]);
        expect(summarize(diagnostics), where).toBe(block.code.trim());
        break;
      }
      case 'mistake':
        // on=start: the mistake is made instead of the page's examples, not after them.
        mistake = load(apply(block.attrs.on === 'start' ? start : state, block)).diagnostics.map(formatDiagnostic).join('\n');
        break;
      case 'output':
        expect(mistake, `${where}: no guide:mistake before it`).toBeDefined();
        expect(block.code.trim(), where).toBe(mistake);
        mistake = undefined;
        break;
      case 'review': {
        const computed = review(state);
        expect(block.code.trim(), where).toBe(computed);
        reviews.push(computed);
        break;
      }
      case 'command': {
        const project = mkdtempSync(join(tmpdir(), 'junheng-guide-'));
        try {
          cpSync(join(DEMO, 'content'), join(project, 'content'), { recursive: true });
          for (const [file, value] of Object.entries(start)) {
            if (value === null) rmSync(join(project, file), { force: true });
            else {
              mkdirSync(dirname(join(project, file)), { recursive: true });
              writeFileSync(join(project, file), value);
            }
          }
          for (const line of block.code.split('\n').filter((l) => l.trim() !== '')) {
            const [npm, runWord, script, dashes, ...args] = words(line);
            expect([npm, runWord, script, dashes], `${where}: ${line}`).toEqual(['npm', 'run', 'new', '--']);
            run(args, project, NOW);
          }
          // What is left to do is only the 待填写 the script says to fill in.
          for (const d of loadContent(project, { today: TODAY }).diagnostics) {
            const text = readFileSync(join(project, d.file), 'utf8').split('\n')[d.line - 1];
            expect(text, `${where}: ${formatDiagnostic(d)}`).toContain('待填写');
          }
        } finally {
          rmSync(project, { recursive: true, force: true });
        }
        break;
      }
      default:
        throw new Error(`${where}: unknown marker`);
    }
  }
  return reviews;
}

describe('the guide by task', () => {
  it('has a page for every task the editors do, each linked from CONTRIBUTING.md', () => {
    expect(pages).toEqual(['attachment.md', 'member.md', 'news.md', 'rectification.md', 'schools.md', 'self-score.md', 'submission.md', 'survey.md']);
    const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    for (const page of pages) expect(contributing).toContain(`(docs/tasks/${page})`);
  });

  it.each(pages)('%s shows an example, the check, and what the reviewer sees', (page) => {
    const kinds = blocksOf(page).map((b) => b.kind);
    expect(kinds).toContain('example');
    expect(kinds).toContain('check');
    expect(kinds).toContain('review');
  });

  for (const page of pages) {
    const test = Object.hasOwn(PENDING, page) ? it.fails : it;
    test(`${page}: its examples pass the check on the demo county and give the summary it shows${PENDING[page] ? ` (pending: ${PENDING[page]})` : ''}`, () => {
      runPage(page);
    });
  }

  it('CONTRIBUTING.md shows reviewer summaries the task pages produce', () => {
    const blocks = parseGuide(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')).filter((b) => b.kind === 'summary');
    expect(blocks).toHaveLength(1);
    const fragments = (text: string) => text.split('\n').flatMap((line) => {
      const [area, rest] = [line.slice(0, line.indexOf('：')), line.slice(line.indexOf('：') + 1)];
      return rest.split('；').map((part) => `${area}｜${part}`);
    });
    const produced = new Set(pages.filter((p) => !Object.hasOwn(PENDING, p)).flatMap((p) => runPage(p)).flatMap(fragments));
    for (const fragment of fragments(blocks[0]!.code.trim())) expect(produced, fragment).toContain(fragment);
  });
});
