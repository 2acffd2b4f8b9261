import { readFileSync } from 'node:fs';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { FONT_ROLES, type ChosenFont, type FontRole } from './fonts';

/** pdfmake's in-memory file system (untyped in @types/pdfmake): fonts are read from disk once and kept there. */
const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void; existsSync(name: string): boolean } }).virtualfs;

/** Renders document definitions to PDF bytes with the chosen fonts; nothing is fetched from a URL or read from disk. */
export class PdfRenderer {
  private loaded = false;

  constructor(private readonly fonts: Record<FontRole, ChosenFont>) {}

  async render(definition: TDocumentDefinitions): Promise<Buffer> {
    this.load();
    // pdfmake rewrites font entries in place while it renders, so every document gets a fresh dictionary.
    pdfmake.setFonts(this.dictionary());
    return pdfmake.createPdf(definition).getBuffer();
  }

  private load(): void {
    if (this.loaded) return;
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    for (const font of Object.values(this.fonts)) {
      for (const file of [font.normal, font.bold]) if (!vfs.existsSync(file.path)) vfs.writeFileSync(file.path, readFileSync(file.path));
    }
    this.loaded = true;
  }

  private dictionary(): TFontDictionary {
    const entry = (file: ChosenFont['normal']) => (file.face ? [file.path, file.face] : file.path);
    return Object.fromEntries(
      FONT_ROLES.map((role) => {
        const { normal, bold } = this.fonts[role];
        return [role, { normal: entry(normal), bold: entry(bold), italics: entry(normal), bolditalics: entry(bold) }];
      }),
    ) as TFontDictionary;
  }
}
