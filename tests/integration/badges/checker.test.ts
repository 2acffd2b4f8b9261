import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, decodePage } from '../../../src/main/badges/checker';
import { checkPages, readPages, readZip } from '../../../src/main/badges/pages';
import { badgeSnippet } from '../../../src/shared/badges/code';
import { CODE, OTHER_CODE, page, snippet, VERIFICATION_ID } from '../../helpers/sites';

const expected = { code: CODE, verificationId: VERIFICATION_ID };
const status = (html: string) => checkPage(html, expected).status;

describe('挂标检测 of one page', () => {
  it('finds the snippet as CONAC hands it out, and the real variants', () => {
    expect(checkPage(page('首页', snippet()), expected)).toMatchObject({ status: 'present', matchedBy: 'script', foundCode: CODE });
    expect(status(page('https', badgeSnippet(CODE, 'https://dcs.conac.cn/js/')))).toBe('present');
    expect(status(page('protocol-relative', badgeSnippet(CODE, '//dcs.conac.cn/js/')))).toBe('present');
    expect(status(page('re-hosted', badgeSnippet(CODE, '/static/conac/js/')))).toBe('present');
    const classVariant = `<script type="text/javascript">document.write(unescape("%3Cspan class='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/18/001/0000/10000001/${CODE}.js' type='text/javascript'%3E%3C/script%3E"));</script>`;
    expect(status(page('class', classVariant))).toBe('present');
    const split = `<script type="text/javascript">
      document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/18/001/0000/10000001/
      ${CODE}.js' type='text/javascript'%3E%3C/script%3E"));
    </script>`;
    expect(status(page('split', split))).toBe('present');
    // Saved by a browser: both the script and the span it rendered.
    const saved = `<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&id=${VERIFICATION_ID}" target="_blank"><img src="https://dcs.conac.cn/image/red.png" alt="党政机关"></a></span><script src="http://dcs.conac.cn/js/18/001/0000/10000001/${CODE}.js"></script>`;
    expect(status(page('saved', saved))).toBe('present');
  });

  it('recognises static badges and widgets by the verification id', () => {
    const stat = `<div id="conac"><a href="http://bszs.conac.cn/sitename?method=show&amp;id=${VERIFICATION_ID}"><img src="/images/dzjg.png" alt="党政机关"></a></div>`;
    expect(checkPage(page('static', stat), expected)).toMatchObject({ status: 'present', matchedBy: 'static' });
    const widget = `<li class="dzjg"><span data-setting="{sitecode:'${VERIFICATION_ID.toLowerCase()}'}"></span></li>`;
    expect(checkPage(page('widget', widget), expected)).toMatchObject({ status: 'present', matchedBy: 'widget' });
  });

  it('names what is wrong: missing, commented out, another code, after </body>, not at the bottom, error image', () => {
    expect(status(page('missing', ''))).toBe('missing');
    expect(status(page('commented', `<!-- ${snippet()} -->`))).toBe('commented');
    expect(checkPage(page('other', snippet(OTHER_CODE)), expected)).toMatchObject({ status: 'wrongCode', foundCode: OTHER_CODE });
    expect(status(page('after', '', { after: snippet() }))).toBe('afterBody');
    expect(status(page('two bodies', `</div></body><body>${'<p>正文内容。</p>'.repeat(3)}${snippet()}`))).toBe('present');
    const top = page('top', '').replace('<div class="header">', `${snippet()}<div class="header">`).replace('</div>\n</body>', `${'<p>这是一段很长的新闻正文，介绍全市教育系统的工作部署和成效。</p>'.repeat(20)}</div>\n</body>`);
    expect(status(top)).toBe('notAtBottom');
    expect(status(page('error image', `${snippet()}<span id="_ideConac"><img src="https://dcs.conac.cn/image/red_error.png"></span>`))).toBe('errorImage');
  });

  it('copes with broken HTML and GBK pages', () => {
    expect(status(`<html><body><div><p>未闭合的段落<table><tr><td>单元格${snippet()}`)).toBe('present');
    const gbk = iconv.encode(page('GBK 页面', snippet(), { charset: 'gb2312' }), 'gbk');
    expect(decodePage(gbk)).toContain('武汉市教育局');
    expect(checkPages([{ name: 'gbk.html', bytes: gbk }], expected).passed).toBe(true);
  });
});

describe('挂标检测 of a site', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ws-site-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('checks every page of a folder, skipping images and not following links out of it', () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'xwzx'), { recursive: true });
    writeFileSync(join(site, 'index.html'), page('首页', snippet()));
    writeFileSync(join(site, 'xwzx', 'list.html'), page('新闻中心', snippet()));
    writeFileSync(join(site, 'xwzx', 'content_1.html'), page('通知', ''));
    writeFileSync(join(site, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    symlinkSync('/etc', join(site, 'etc'));
    const report = checkPages(readPages(site), expected);
    expect(report.pages.map((p) => [p.page, p.status]).sort()).toEqual([
      ['index.html', 'present'],
      ['xwzx/content_1.html', 'missing'],
      ['xwzx/list.html', 'present'],
    ]);
    expect(report.passed).toBe(false);
  });

  it('reads a .zip of a site, and refuses path traversal and zip bombs', () => {
    const zip = zipSync({ 'site/index.html': strToU8(page('首页', snippet())), 'site/a.html': strToU8(page('A', snippet())) });
    expect(checkPages(readZip(zip), expected).passed).toBe(true);
    expect(() => readZip(zipSync({ '../../evil.html': strToU8(page('x', '')) }))).toThrow('压缩包中有指向包外的路径');
    const bomb = zipSync({ 'bomb.html': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(() => readZip(bomb)).toThrow('疑似压缩炸弹');
    expect(() => readZip(strToU8('not a zip'))).toThrow('无法读取压缩包');
  });

  it('runs from the command line, exiting 0 only when every page passes', () => {
    const site = join(dir, 'cli');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), page('首页', snippet()));
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync('npx', ['tsx', 'src/main/cli.ts', ...args], { encoding: 'utf8' }) };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    const ok = run(['badge', 'check', site, '--code', CODE]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('OK   index.html');
    writeFileSync(join(site, 'about.html'), page('关于', ''));
    const failed = run(['badge', 'check', site, '--code', CODE]);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('FAIL about.html\t未挂标：页面中没有标识代码');
    expect(run(['badge', 'check', site, '--code', 'CA123']).code).toBe(2);
  });
});
