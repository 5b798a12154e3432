// The editorial workflow: a save in the form does not touch the published
// branch; it commits the entry to a branch of its own, which GitHub or GitLab
// shows as a pull (merge) request for review and CI. Here decap-server's git
// mode plays the Git host, on a temporary repository copied from this one.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEditor, type RunningEditor } from '../../scripts/serve-editor.ts';
import { launchChromium } from '../site/chromium.ts';
import { copyProject } from './project-copy.ts';

let root: string;
let editor: RunningEditor;
let browser: Browser;
let page: Page;

function git(...args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(async () => {
  root = copyProject('editor-workflow-');
  git('init', '-q', '-b', 'main');
  writeFileSync(join(root, '.git', 'info', 'exclude'), 'node_modules\n');
  git('config', 'user.name', '测试');
  git('config', 'user.email', 'test@example.invalid');
  git('add', '-A');
  git('commit', '-q', '-m', 'Content as published');
  editor = await startEditor({ repo: root, outDir: join(root, 'dist-editor'), mode: 'git' });
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(editor.url);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('link', { name: '工作动态' }).first().waitFor();
});

afterAll(async () => {
  await browser?.close();
  await editor?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function field(label: string) {
  return page.getByLabel(new RegExp(`^${label}( \\(可选\\))?$`, 'u')).filter({ visible: true });
}

test('saving a new article commits it to a review branch, not to the published branch', async () => {
  await page.goto(`${editor.url}#/collections/achievements/new`);
  await field('标题').fill('【示例】区教体局部署自查工作');
  await field('发布日期').fill('2020-08-17');
  await field('发布单位的编号').click();
  await field('发布单位的编号').fill('教育体育');
  await page.getByRole('option', { name: '建安区教育体育局', exact: true }).click();
  await field('栏目').click();
  await page.getByRole('option', { name: '工作动态', exact: true }).click();
  await field('摘要').fill('示例内容：区教体局召开会议，部署各校自查。');
  await field('正文').fill('会议要求各校对照标准逐项自查。');
  await page.getByRole('button', { name: '保存', exact: true }).click();

  const branch = 'cms/achievements/2020-08-17-education-sports-bureau';
  await expect.poll(() => git('branch', '--list', 'cms/*').trim(), { timeout: 10_000 }).toBe(branch);
  const path = 'content/achievements/2020-08-17-education-sports-bureau.md';
  expect(git('show', `${branch}:${path}`)).toBe(`---
title: 【示例】区教体局部署自查工作
date: 2020-08-17
unit: education-sports-bureau
category: 工作动态
summary: 示例内容：区教体局召开会议，部署各校自查。
---

会议要求各校对照标准逐项自查。
`);
  // One commit with that one file, on top of what was published; the published branch is unchanged.
  expect(git('diff', '--name-only', `main...${branch}`).trim()).toBe(path);
  expect(git('log', '--format=%s', 'main').trim()).toBe('Content as published');
});
