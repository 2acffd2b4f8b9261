import { strToU8, zipSync } from 'fflate';
import type { ListingRow, Verification } from '../../shared/api/types';
import { LISTING_PAGE_SIZE, type ListingService } from './service';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans SC",sans-serif;margin:0;color:#222;background:#f5f6f8}
header{background:#c92a2a;color:#fff;padding:16px 32px;font-size:22px;font-weight:bold}main{max-width:1000px;margin:24px auto;background:#fff;padding:24px 32px}
a{color:#1864ab;text-decoration:none}a:hover{text-decoration:underline}table{width:100%;border-collapse:collapse}th,td{border:1px solid #dee2e6;padding:8px 10px;text-align:left}
th{background:#f1f3f5}ul.regions{columns:4;list-style:none;padding:0}ul.regions li{margin:6px 0}.pager{margin-top:16px;text-align:center}.pager a,.pager span{margin:0 4px}
dl{display:grid;grid-template-columns:140px 1fr;gap:8px 16px}dt{color:#666}footer{text-align:center;color:#888;font-size:12px;margin:24px}`;

/** One page of the static site: relative links only, no script, nothing fetched from elsewhere. */
function html(title: string, body: string): string {
  // The style is inline, so that a page opened from disk needs no other file, and the policy forbids every fetch.
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><header>党政机关网站公示</header><main>${body}</main><footer>本页面由网站审核工作站生成</footer></body></html>`;
}

function pager(current: number, last: number): string {
  const link = (n: number, label: string) => (n === current || n < 1 || n > last ? `<span>${label}</span>` : `<a href="${n}.html">${label}</a>`);
  const numbers = Array.from({ length: last }, (_, i) => i + 1)
    .filter((n) => Math.abs(n - current) <= 4 || n === 1 || n === last)
    .map((n) => link(n, String(n)))
    .join('');
  return `<div class="pager">${link(1, '首页')}${link(current - 1, '上一页')}${numbers}${link(current + 1, '下一页')}${link(last, '尾页')}<span>共 ${last} 页</span></div>`;
}

function verificationPage(v: Verification): string {
  const rows: [string, string][] = [
    ['机构名称', v.unitName],
    ['机构类型', v.unitKind],
    ['机构地址', v.address],
    ['机构职能', v.functions],
    ['网站名称', v.siteName],
    ['中英文域名', v.domains],
    ['标识编号', v.code],
    ['标识发放单位', v.issuer],
    ['标识发放时间', v.issuedOn],
  ];
  return `<h1>网站标识核验</h1>${v.valid ? '' : '<p><strong>该网站标识已注销，不再有效。</strong></p>'}<dl>${rows.map(([k, val]) => `<dt>${k}</dt><dd>${escape(val)}</dd>`).join('')}</dl><p><a href="../index.html">返回公示</a></p>`;
}

/**
 * The listing and every verification page as a self-contained static site in a zip (index.html, r/<region>/<n>.html,
 * v/<verification id>.html), for publishing on the public website; it works opened from disk.
 */
export function staticListing(listing: ListingService): { bytes: Uint8Array; pages: number } {
  const files: Record<string, Uint8Array> = {};
  const regions = listing.regions();
  files['index.html'] = strToU8(
    html(
      '党政机关网站公示',
      `<h1>党政机关网站公示</h1><ul class="regions">${regions
        .map((r) => `<li>${r.count > 0 ? `<a href="r/${r.regionCode}/1.html">${escape(r.name)}</a>（${r.count}）` : `${escape(r.name)}（0）`}</li>`)
        .join('')}</ul>`,
    ),
  );
  for (const region of regions.filter((r) => r.count > 0)) {
    const last = Math.ceil(region.count / LISTING_PAGE_SIZE);
    for (let n = 1; n <= last; n++) {
      const rows: ListingRow[] = listing.page({ regionCode: region.regionCode, siteName: '', page: n }).rows;
      const table = `<table><thead><tr><th>网站名称</th><th>主办单位</th></tr></thead><tbody>${rows
        .map((r) => `<tr><td><a href="../../v/${r.verificationId}.html">${escape(r.siteName)}</a></td><td>${escape(r.unitName)}</td></tr>`)
        .join('')}</tbody></table>`;
      files[`r/${region.regionCode}/${n}.html`] = strToU8(
        html(`${region.name} - 党政机关网站公示`, `<h1>${escape(region.name)}</h1><p><a href="../../index.html">全部地区</a></p>${table}${pager(n, last)}`),
      );
      for (const row of rows) {
        const v = listing.verification(row.verificationId);
        if (v) files[`v/${row.verificationId}.html`] = strToU8(html(`${row.siteName} - 网站标识核验`, verificationPage(v)));
      }
    }
  }
  return { bytes: zipSync(files, { level: 6 }), pages: Object.keys(files).length };
}
