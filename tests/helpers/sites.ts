import { badgeSnippet } from '../../src/shared/badges/code';

export const CODE = 'CA180010000100000010001';
export const OTHER_CODE = 'CA121880000604177010001';
export const VERIFICATION_ID = '3F2A9C0D4B8E4A1F9D7C6B5A4E3D2C1B';

/** A page of a 湖北 government site, with whatever goes before `</body>`. */
export function page(title: string, beforeBodyEnd: string, options: { charset?: string; after?: string } = {}): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${options.charset ?? 'utf-8'}"><title>${title} - 武汉市教育局</title></head>
<body>
<div class="header"><h1>武汉市教育局</h1><ul class="nav"><li>首页</li><li>政务公开</li><li>办事服务</li><li>互动交流</li></ul></div>
<div class="main"><h2>${title}</h2><p>为深入贯彻落实全国教育大会精神，进一步推进我市基础教育优质均衡发展，现将有关事项通知如下。</p>
<p>各区教育局要高度重视，精心组织，确保各项工作落到实处。</p></div>
<div class="footer"><p>主办：武汉市教育局　地址：武汉市江岸区沿江大道 188 号　邮编：430014</p><p>鄂ICP备05003326号</p>
${beforeBodyEnd}
</div>
</body>
${options.after ?? ''}</html>`;
}

export const snippet = (code = CODE) => badgeSnippet(code);
