// The form editor end to end, as an editor who never used git meets it: Decap
// CMS in Debian's Chromium, against decap-server's local backend on a copy of
// this repository in a temporary folder. Through the form: write a news
// article (unit picked from the unit list, body in Chinese), and close a unit's
// rectification item. Then the project's own loader reads the files the form
// wrote: no error, the values typed are in the model, and the YAML file kept
// its comments and every line nobody edited. Last, the public site is built
// from that copy and shows both.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEditor, type RunningEditor } from '../../scripts/serve-editor.ts';
import { loadContent } from '../../src/content-model/load.ts';
import { launchChromium } from '../site/chromium.ts';
import { copyProject } from './project-copy.ts';

const RECORD = 'content/progress/public-security-bureau.yaml';
// Everything typed here is fictional and marked 【示例】 (it is written only to
// a temporary folder). A unit's record as an editor might have written it by hand: comments at the
// top, inside the list and after a value, a flow list, and a key the form does
// not show would all have to survive a save.
const RECORD_BEFORE = `# yaml-language-server: $schema=../../schemas/json/progress-record.schema.json
# 测试用记录（虚构）：编辑器端到端测试只在临时目录中写入。
unit: public-security-bureau
submissions:
  - deliverable: self-check
    date: 2020-08-28 # 按时报送
rectifications:
  # 自查发现的问题
  - id: campus-gate
    problem: 【示例】某校校门口缺少减速带
    found: 2020-08-25
    deadline: 2020-10-31
    status: 整改中
  - id: patrol-ledger
    problem: 【示例】护学岗巡查台账不完整
    found: 2020-08-25
    deadline: 2020-10
    status: 待整改
`;

let root: string;
let editor: RunningEditor;
let browser: Browser;
let page: Page;
const offMachine: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  root = copyProject('editor-e2e-');
  writeFileSync(join(root, RECORD), RECORD_BEFORE);
  editor = await startEditor({ repo: root, outDir: join(root, 'dist-editor') });
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1:')) offMachine.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(editor.url);
  // The local backend has no accounts: one button enters.
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('link', { name: '工作动态' }).first().waitFor();
});

afterAll(async () => {
  if (process.env.EDITOR_E2E_SHOT) await page?.screenshot({ path: process.env.EDITOR_E2E_SHOT, fullPage: true });
  await browser?.close();
  await editor?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The field a person sees with this label, "(可选)" or not (collapsed list items keep theirs hidden). */
function field(label: string) {
  return page.getByLabel(new RegExp(`^${label}( \\(可选\\))?$`, 'u')).filter({ visible: true });
}

/** Picks an option of a Decap select or relation field (react-select) by typing, then choosing. */
async function choose(label: string, typed: string, option: string): Promise<void> {
  const input = field(label);
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Types Chinese the way a pinyin input method does: each letter updates an
 * open composition, then the chosen characters replace it (CDP's IME events,
 * which is what Chromium gets from a real input method). The CPU is slowed
 * down as on an old office PC, where the page answers a keystroke late.
 */
async function typeWithIme(label: string, words: readonly (readonly [pinyin: string, hanzi: string])[]): Promise<void> {
  await field(label).focus();
  await page.keyboard.press('End');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  for (const [pinyin, hanzi] of words) {
    for (let i = 1; i <= pinyin.length; i++) {
      await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    await cdp.send('Input.insertText', { text: hanzi });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
}

function readOrUndefined(file: string): string | undefined {
  const path = join(root, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Publishes the entry and waits until decap-server has written the file anew. */
async function publish(file: string): Promise<string> {
  const before = readOrUndefined(file);
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByRole('menuitem', { name: '立即发布' }).click();
  await expect.poll(() => readOrUndefined(file), { timeout: 10_000 }).not.toBe(before);
  // Decap then moves a new entry to its own address: wait for that, or it would undo the next navigation.
  await page.waitForURL(/#\/collections\/[^/]+\/entries\//u);
  await page.getByText('修改已保存').waitFor();
  return readOrUndefined(file)!;
}

test('an article written in the form is a valid article of the site', async () => {
  await page.goto(`${editor.url}#/collections/achievements/new`);
  await field('标题').fill('【示例】');
  await typeWithIme('标题', [['qu', '区'], ['gonganju', '公安局'], ['kaizhan', '开展'], ['xiaoyuan', '校园'], ['zhoubian', '周边'], ['anquanzhengzhi', '安全整治']]);
  await field('发布日期').fill('2020-09-01');
  // The unit list is searched by typing part of its name, through the input method too.
  await typeWithIme('发布单位的编号', [['gongan', '公安']]);
  await page.getByRole('option', { name: '许昌市公安局建安分局', exact: true }).click();
  await choose('栏目', '工作', '工作动态');
  await field('摘要').fill('示例内容：9月1日开学前，区公安局对全区中小学校园周边开展安全隐患排查整治。');
  await field('正文').fill('开学前，区公安局组织警力对校园周边进行排查。\n\n## 整治内容\n\n- 校门口交通秩序\n- ');
  await typeWithIme('正文', [['zhoubian', '周边'], ['shanghu', '商户']]);
  const written = await publish('content/achievements/2020-09-01-public-security-bureau.md');
  expect(written).toBe(`---
title: 【示例】区公安局开展校园周边安全整治
date: 2020-09-01
unit: public-security-bureau
category: 工作动态
summary: 示例内容：9月1日开学前，区公安局对全区中小学校园周边开展安全隐患排查整治。
---

开学前，区公安局组织警力对校园周边进行排查。

## 整治内容

- 校门口交通秩序
- 周边商户
`);
});

test('closing a rectification item changes only its lines', async () => {
  await page.goto(`${editor.url}#/collections/progress`);
  await page.getByText('public-security-bureau', { exact: true }).click();
  // A list item opens with the (unlabelled) arrow button at its top left.
  const item = page.getByText('【示例】某校校门口缺少减速带 · 整改中 · campus-gate', { exact: true }).locator('xpath=..');
  await item.getByRole('button').first().click();
  await choose('整改状态', '已', '已整改');
  await field('整改完成日期').fill('2020-10-20');
  await field('整改佐证材料链接').fill('/news/2020-09-01-public-security-bureau/');
  const written = await publish(RECORD);
  expect(written).toBe(
    RECORD_BEFORE.replace(
      '    status: 整改中\n',
      '    status: 已整改\n    closed: 2020-10-20\n    evidence: /news/2020-09-01-public-security-bureau/\n',
    ),
  );
});

test('the files the form wrote pass the check and are in the content model', () => {
  const { model, diagnostics, errorCount } = loadContent(root);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(errorCount).toBe(0);
  const article = model.achievements.find((a) => a.id === '2020-09-01-public-security-bureau');
  expect(article?.data).toMatchObject({ title: '【示例】区公安局开展校园周边安全整治', date: '2020-09-01', unit: 'public-security-bureau', category: '工作动态' });
  expect(article?.body).toContain('## 整治内容');
  const record = model.progress.records.find((r) => r.data.unit === 'public-security-bureau');
  expect(record?.data.rectifications?.find((r) => r.id === 'campus-gate')).toEqual({
    id: 'campus-gate',
    problem: '【示例】某校校门口缺少减速带',
    found: '2020-08-25',
    deadline: '2020-10-31',
    status: '已整改',
    closed: '2020-10-20',
    evidence: '/news/2020-09-01-public-security-bureau/',
  });
});

test('the public site built from those files shows the article and the closed item', () => {
  execFileSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: 'pipe' });
  const article = readFileSync(join(root, 'dist/news/2020-09-01-public-security-bureau/index.html'), 'utf8');
  expect(article).toContain('【示例】区公安局开展校园周边安全整治');
  expect(article).toContain('<h2');
  // Text as read, without tags: dates are wrapped so they never break across lines.
  const unit = readFileSync(join(root, 'dist/units/public-security-bureau/index.html'), 'utf8').replace(/<[^>]*>/g, '');
  expect(unit).toMatch(/【示例】某校校门口缺少减速带[^]*2020年10月20日整改完成/u);
});

test('the editor fetched nothing from another machine and raised no error', () => {
  expect(offMachine).toEqual([]);
  expect(pageErrors).toEqual([]);
});
