// Numbers that would not be what was typed: YAML reads an unquoted 9007199254740993
// as a floating-point number and stores 9007199254740992; 00012 loses its zeros;
// 0x1F and 1e3 are read as 31 and 1000. src/content-model/yaml.ts finds them.
import { defineRule } from './define.ts';

export type NumberProblem = 'too-large' | 'digits' | 'leading-zero' | 'notation';

export const numberPrecision = defineRule({
  code: 'number-precision',
  severity: 'error',
  group: 'yaml',
  // What the schema and the sequence rule say of the number read are that number's consequences.
  supersedes: ['type', 'schema', 'sequence'],
  meaning: `不加引号的数字会按数值读取：超过 ${Number.MAX_SAFE_INTEGER} 的整数、位数过多的小数会被存成另一个数，开头的 0 会被去掉。编号、代码（如统计用区划代码）请加英文引号写成文字；数目请照实写。`,
  message: (p: { written: string; read: string; problem: NumberProblem }) => {
    const quote = `如是编号或代码，请加英文引号写成文字："${p.written}"`;
    switch (p.problem) {
      case 'too-large':
        return `数字 ${p.written} 超出了能精确保存的范围（最大 ${Number.MAX_SAFE_INTEGER}），会被存成 ${p.read}：${quote}`;
      case 'digits':
        return `数字 ${p.written} 的位数超过了能精确保存的位数，会被存成 ${p.read}：请核对；${quote}`;
      case 'leading-zero':
        return `数字 ${p.written} 开头的 0 会被去掉，读成 ${p.read}：${quote}；如是数目，请写作 ${p.read}`;
      case 'notation':
        return `“${p.written}”会被读成数字 ${p.read}：请直接写十进制数字；${quote}`;
    }
  },
  examples: {
    bad: [
      {
        name: '代码没加引号，位数太多',
        file: 'content/units.yaml',
        lang: 'yaml',
        at: { append: 'units' },
        code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: 99010110200012345\n  leadingGroupMember: false',
        lines: [4],
      },
    ],
    good: [
      {
        name: '代码加引号',
        file: 'content/units.yaml',
        lang: 'yaml',
        at: { append: 'units' },
        code: '- id: geng-town\n  name: 庚镇\n  kind: 镇\n  divisionCode: "990101102000"\n  leadingGroupMember: false',
      },
    ],
  },
});

/** What is wrong with a number as YAML will read it, or undefined when it reads as written. */
export function numberProblem(written: string, read: number): NumberProblem | undefined {
  const m = /^([-+]?)(\d+)(?:\.(\d*))?$/u.exec(written);
  if (!m) return 'notation';
  const [, sign, whole, fraction = ''] = m as unknown as [string, string, string, string?];
  if (whole.length > 1 && whole.startsWith('0')) return 'leading-zero';
  if (fraction === '' && BigInt(whole) > BigInt(Number.MAX_SAFE_INTEGER)) return 'too-large';
  const frac = fraction.replace(/0+$/u, '');
  const exact = `${sign === '-' && !/^0+$/u.test(whole + frac) ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
  return exact === String(read) ? undefined : 'digits';
}
