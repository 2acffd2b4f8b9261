import { randomUUID } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/api/errors';
import { LISTS, type ListColumn } from '../../shared/exports/lists';
import type { ExportProgress, ExportRequest } from '../../shared/exports/request';
import { openSnapshot, type WorkDb } from '../db/open';
import type { DeadlinesService } from '../deadlines/service';
import type { SettingsService } from '../settings/service';
import { commitFile } from '../files/write';
import type { Journal } from '../journal/journal';
import type { Logger } from '../log';
import { csvField, excelValue, NUMBER_FORMATS } from './cells';
import { describeFilters } from './describe';
import { rowSource, type RowSource } from './sources';

interface Job extends ExportProgress {
  owner: string;
  file: string;
}

/** Rows written between yields to the event loop, so that progress can be asked for (and the UI stays live). */
const YIELD_EVERY = 500;

/**
 * 导出: any list with its filters, every matching row, as .xlsx (streamed by exceljs) or CSV (UTF-8 with a BOM), read
 * from one snapshot of the database, written under `exports/` (temp file, fsync, rename) and handed to the one
 * who asked. Each export is recorded in the journal (who exported which list with which filters, how many rows).
 */
export class ExportService {
  private readonly jobs = new Map<string, Job>();
  private readonly folder: string;

  constructor(
    private readonly work: WorkDb,
    private readonly journal: Journal,
    private readonly deadlines: DeadlinesService,
    private readonly settings: SettingsService,
    private readonly log: Logger,
    dataDir: string,
    private readonly nativeBinding?: string,
    private readonly now: () => number = Date.now,
  ) {
    this.folder = join(dataDir, 'exports');
    // Files nobody collected (the app closed mid-way) are of no use to anyone.
    if (existsSync(this.folder)) for (const name of readdirSync(this.folder)) rmSync(join(this.folder, name), { force: true });
  }

  start(actor: string, request: ExportRequest): { jobId: string } {
    const jobId = randomUUID();
    const list = LISTS[request.list];
    const stamp = dayjs(this.now()).format('YYYYMMDD-HHmmss');
    const fileName = `${list.title}-${stamp}.${request.format}`;
    mkdirSync(this.folder, { recursive: true });
    const job: Job = { owner: actor, state: 'running', rows: 0, total: 0, fileName, error: null, file: join(this.folder, `${jobId}.${request.format}`) };
    this.jobs.set(jobId, job);
    void this.run(job, actor, request).catch((error: unknown) => {
      job.state = 'failed';
      job.error = error instanceof AppError ? error.message : '导出失败，请重试。';
      this.log.error('export failed', { list: request.list, error: error instanceof Error ? error.message : String(error) });
      rmSync(`${job.file}.partial`, { force: true });
    });
    return { jobId };
  }

  progress(actor: string, jobId: string): ExportProgress {
    const { owner: _o, file: _f, ...progress } = this.job(actor, jobId);
    return progress;
  }

  /** The finished file, once; it is removed from the data directory when handed over. */
  take(actor: string, jobId: string): { fileName: string; bytes: Buffer } {
    const job = this.job(actor, jobId);
    if (job.state !== 'done') throw new AppError('CONFLICT', job.state === 'failed' ? (job.error ?? '导出失败。') : '导出尚未完成。');
    const bytes = readFileSync(job.file);
    rmSync(job.file, { force: true });
    this.jobs.delete(jobId);
    return { fileName: job.fileName, bytes };
  }

  private job(actor: string, jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job || job.owner !== actor) throw new AppError('NOT_FOUND', '没有这项导出，可能已取走或程序已重启。');
    return job;
  }

  private async run(job: Job, actor: string, request: ExportRequest): Promise<void> {
    const snapshot = openSnapshot(this.work, this.nativeBinding);
    try {
      const source = rowSource(snapshot, this.deadlines, this.settings, request, actor);
      job.total = source.total;
      const list = LISTS[request.list];
      const columns = list.columns as readonly ListColumn<unknown>[];
      const filters = describeFilters(snapshot.sqlite, request);
      const partial = `${job.file}.partial`;
      if (request.format === 'xlsx') {
        const title = `${list.title}　${filters ? `筛选条件：${filters}　` : ''}导出时间：${dayjs(this.now()).format('YYYY-MM-DD HH:mm')}　共 ${source.total} 条`;
        await this.writeXlsx(partial, list.title, title, columns, source, job);
      } else {
        await this.writeCsv(partial, columns, source, job);
      }
      commitFile(partial, job.file);
      this.journal.record(actor, () => [
        { type: 'ListExported', aggregateId: 'exports', payload: { list: request.list, format: request.format, rows: job.rows, filters } },
      ]);
      job.state = 'done';
    } finally {
      snapshot.close();
    }
  }

  private async writeXlsx(file: string, sheetName: string, title: string, columns: readonly ListColumn<unknown>[], source: RowSource, job: Job): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    workbook.creator = '网站审核工作站';
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = columns.map((c) => ({ key: c.key, width: c.width, style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {} }));
    const titleRow = sheet.addRow([title]);
    titleRow.font = { bold: true, size: 12 };
    sheet.mergeCells(1, 1, 1, columns.length);
    titleRow.commit();
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7ECF3' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    header.commit();
    for (const row of source.rows) {
      sheet.addRow(columns.map((c) => excelValue(c.type, c.value(row)))).commit();
      if (++job.rows % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.commit();
    await workbook.commit();
  }

  private async writeCsv(file: string, columns: readonly ListColumn<unknown>[], source: RowSource, job: Job): Promise<void> {
    const out = createWriteStream(file);
    const write = async (line: string) => {
      if (!out.write(line)) await once(out, 'drain');
    };
    // The BOM tells Excel the file is UTF-8, so Chinese opens correctly.
    await write(`\uFEFF${columns.map((c) => csvField('text', c.header)).join(',')}\r\n`);
    for (const row of source.rows) {
      await write(`${columns.map((c) => csvField(c.type, c.value(row))).join(',')}\r\n`);
      if (++job.rows % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    out.end();
    await once(out, 'finish');
  }
}
