// 发文字号 cited in running text must be written as GB/T 9704 prescribes; a
// year in ordinary brackets that is not a citation is left alone.
import { describe, expect, it } from 'vitest';
import { findDocNumbers } from '../src/content-model/doc-numbers-in-text.ts';
import { docNumber } from '../src/rules/official.ts';

const messages = (text: string) => findDocNumbers(text).map((f) => `${f.index} ${docNumber.message(f.fixes)}`);

describe('发文字号 in running text', () => {
  it('names each wrongly written one with its corrected form', () => {
    const text = '根据教督[2012]3号、国发【2012】48号、豫政办（2012）131号、许政〔2020】5号和教基〔2019〕007号文件。';
    expect(messages(text)).toEqual([
      `2 发文字号“教督[2012]3号”不规范：年份要用六角括号〔〕。请写作“教督〔2012〕3号”`,
      `${text.indexOf('国发')} 发文字号“国发【2012】48号”不规范：年份要用六角括号〔〕。请写作“国发〔2012〕48号”`,
      `${text.indexOf('豫政办')} 发文字号“豫政办（2012）131号”不规范：年份要用六角括号〔〕。请写作“豫政办〔2012〕131号”`,
      `${text.indexOf('许政')} 发文字号“许政〔2020】5号”不规范：年份要用六角括号〔〕。请写作“许政〔2020〕5号”`,
      `${text.indexOf('教基')} 发文字号“教基〔2019〕007号”不规范：序号不编虚位（不加前导 0）。请写作“教基〔2019〕7号”`,
    ]);
  });
  it('leaves correct ones and ordinary brackets alone', () => {
    expect(findDocNumbers('依据国发〔2012〕48号。会议（2020）共 3 人参加。3号楼（2020）竣工。[2020](https://example.org) 第[2020]项。（2012）3号楼')).toEqual([]);
  });
  it('keeps words before the citation out of the authority’s code', () => {
    expect(findDocNumbers('按照省政府关于印发豫政[2020]12号的要求').map((f) => f.value)).toEqual(['豫政[2020]12号']);
  });
});
