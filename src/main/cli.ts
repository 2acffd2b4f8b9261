import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import dayjs from 'dayjs';
import { contract, type MethodName, type ParsedInputOf } from '../shared/api';
import { AppError } from '../shared/api/errors';
import { fieldErrors } from '../shared/api/field-errors';
import { APPLICATION_STATE_LABELS } from '../shared/applications/workflow';
import { applicationQuerySchema } from '../shared/applications/query';
import { ROLE_LABELS, type Role } from '../shared/roles';
import { DOCUMENT_KINDS, type DocumentKind } from '../shared/paper/documents';
import { parseBadgeCode } from '../shared/badges/code';
import { PEER_KIND_LABELS } from '../shared/sync/identity';
import { EVENT_TYPE_LABELS, type EventType } from '../shared/events/events';
import type { ImportPreview } from '../shared/sync/views';
import { initPlatform, PLATFORM_NAME, platformRound } from './sync/platform-sim';
import { PAGE_STATUS_LABELS } from '../shared/badges/check';
import { checkPages, readPages } from './badges/pages';
import { staticListing } from './listing/static';
import { unzipSync } from 'fflate';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic, writeFolder } from './files/write';
import { FixtureCapacityError, generateFixtures } from './fixtures/generate';
import { SchemaTooNewError } from './db/open';
import { resolveDataDir } from './paths/data-dir';
import { createLogger } from './log';
import { backupDatabase } from './system/backup';
import { restoreDatabase } from './system/restore';
import { checkDatabase } from './system/check';
import { openWorkstation, type Workstation } from './workstation';

/** The actor recorded for changes made from the command line (whoever can run it owns the data directory). */
export const CLI_ACTOR = 'cli';

const HELP = `网站审核工作站 命令行 / workstation command line

用法 / usage: npm run cli -- <command> [options] [--data-dir DIR]

  help                                        显示本帮助
  init --name NAME --region CODE --admin USER [--display-name 姓名]
                                              首次设置（密码从标准输入读取）
  users list                                  列出用户
  users create --username USER --name 姓名 --roles reviewer,clerk,admin
                                              新建用户（初始密码从标准输入读取，首次登录须修改）
  users disable USER                          停用用户（不删除）
  fixtures --units N --applications M --seed S
                                              生成逼真的测试数据（单位、申请、草稿、修改版本；同一种子结果相同）
  applications list [--json] [--limit N]      列出申请：申请序号、版本、状态、网站名称、单位
  pdf letter|form|receipt|supplement SERIAL --out FILE
                                              生成申请函、申请表（一式三份）、接收回执或补正通知的 PDF
  badge check PATH --code CODE [--id 核验编号]
                                              挂标检测：检查网页文件、网站文件夹或 .zip 中每个页面是否正确挂标；
                                              全部通过时退出码为 0
  listing export --out DIR|FILE.zip           把公示列表和全部核验页面导出为静态网页（文件夹或 .zip）
  identity export --out FILE                   导出本工作站的身份文件（公钥和指纹），交给同步对象
  peers add FILE --name NAME [--platform] --yes
                                              核对指纹后添加同步对象（不加 --yes 时只显示指纹）
  peers list                                  列出同步对象
  peers remove NAME --yes                     移除同步对象（此后拒绝其同步包；已导入的数据保留）
  bundle export --to PEER --out FILE [--full] [--passphrase]
                                              为同步对象导出同步包（对方尚未确认收到的全部事件；--full 为全部；
                                              --passphrase 改用口令加密，口令从标准输入读取，对方导入时须输入）
  bundle verify FILE [--passphrase]           校验同步包并预览导入结果，不做任何改动
  bundle import FILE [--yes] [--passphrase]   校验、备份数据库后导入；需要确认的情况（大量注销、时钟超前）须加 --yes；
                                              拒绝时退出码非 0，且本机数据不变
  platform-sim init                           把数据目录设为模拟的在线平台（自有密钥和日志）；之后用 identity export、
                                              peers add 与工作站互信
  platform-sim round --to PEER --out FILE [--units N] [--applications M] [--seed S]
                                              模拟平台的一轮工作并导出给工作站：通知发送回执、中央网信办复审及标识
                                              编码、单位对初审不通过申请的修改、新的单位登记和申请
  platform-sim consume FILE                   模拟平台接收工作站发来的同步包，按类型列出收到的事件数和待发送的通知数
  db check                                    完整性检查、日志链校验、重建比对；最后一行为状态哈希；失败时退出码 1
  backup FILE                                 在线备份数据库到 FILE
  restore FILE                                校验备份后恢复（先把当前数据库另存到 backups/），再做自检

数据目录 / data directory: --data-dir DIR, 或环境变量 WORKSTATION_DATA_DIR, 否则为系统应用数据目录。
`;

class UsageError extends Error {}

function describePreview(preview: ImportPreview): string[] {
  return [
    `同步包 ${preview.bundleId}：来自“${preview.source.name}”，生成于 ${dayjs(preview.createdAt).format('YYYY-MM-DD HH:mm:ss')}${preview.full ? '（完整导出）' : ''}`,
    `新事件 ${preview.newEvents} 个（${Object.entries(preview.byType).map(([type, n]) => `${EVENT_TYPE_LABELS[type as EventType]} ${n}`).join('，') || '无'}），本机已有 ${preview.duplicates} 个，附件 ${preview.attachments} 个，暂存 ${preview.parked} 个`,
    `涉及申请 ${preview.applications.count} 个${preview.applications.sample.length ? `：${preview.applications.sample.slice(0, 5).map((a) => `${a.siteName ?? ''}（${a.serialNo ?? ''}）`).join('、')}${preview.applications.count > 5 ? ' 等' : ''}` : ''}`,
    ...(preview.conflicts ?? []).map((c) => `冲突：${c.siteName ?? ''}（${c.serialNo ?? ''}）${c.workstationName}的“${c.wanted}”将不生效——${c.found}${c.notices ? `随之生成的 ${c.notices} 条通知不会发出。` : ''}`),
    ...preview.confirmations.map((c) => `需要确认：${c}`),
  ];
}

/** Runs one CLI command; returns the exit code. Output goes to `out`, problems to `err`. */
export async function runCli(
  argv: string[],
  io: { out: Writable; err: Writable; readPassword: () => Promise<string> },
): Promise<number> {
  const print = (line = '') => io.out.write(`${line}\n`);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string' },
      admin: { type: 'string' },
      'display-name': { type: 'string' },
      username: { type: 'string' },
      roles: { type: 'string' },
      units: { type: 'string' },
      applications: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
      limit: { type: 'string' },
      out: { type: 'string' },
      code: { type: 'string' },
      id: { type: 'string' },
      platform: { type: 'boolean' },
      yes: { type: 'boolean' },
      to: { type: 'string' },
      full: { type: 'boolean' },
      passphrase: { type: 'boolean' },
    },
  });
  const [command, sub, arg] = positionals;
  if (!command || command === 'help') {
    io.out.write(HELP);
    return 0;
  }

  const dataDir = resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : []);
  let workstation: Workstation | null = null;
  const open = (now?: () => number) => (workstation = openWorkstation({ dataDir, host: 'cli', now, log: createLogger(dataDir, { console: false }) }));
  try {
    const verb = ['users', 'db', 'applications', 'badge', 'identity', 'peers', 'listing', 'bundle', 'platform-sim'].includes(command) ? `${command} ${sub ?? ''}`.trim() : command;
    switch (verb) {
      case 'init': {
        const ws = open();
        const password = await io.readPassword();
        const input = parse('setup.initialize', {
          workstationName: values.name,
          regionCode: values.region,
          admin: { username: values.admin, displayName: values['display-name'] ?? values.admin, password },
        });
        await ws.accounts.initialize(input);
        print(`已完成首次设置：工作站“${input.workstationName}”，管理员 ${input.admin.username}。数据目录 ${dataDir}`);
        return 0;
      }
      case 'users list': {
        const ws = open();
        for (const u of ws.accounts.listUsers()) {
          const roles = u.roles.map((r: Role) => ROLE_LABELS[r]).join('、');
          const state = u.disabled ? '已停用' : u.lockedUntil ? `锁定至 ${u.lockedUntil}` : '正常';
          print(`${u.username}\t${u.displayName}\t${roles}\t${state}`);
        }
        return 0;
      }
      case 'users create': {
        const ws = open();
        const password = await io.readPassword();
        const input = parse('users.create', {
          username: values.username,
          displayName: values.name,
          roles: (values.roles ?? '').split(',').filter(Boolean),
          password,
        });
        const user = await ws.accounts.createUser(CLI_ACTOR, input);
        print(`已创建用户 ${user.username}（${user.displayName}），首次登录须修改密码。`);
        return 0;
      }
      case 'users disable': {
        if (!arg) throw new UsageError('users disable 需要登录名。');
        const ws = open();
        const user = ws.accounts.listUsers().find((u) => u.username === arg.toLowerCase());
        if (!user) throw new AppError('NOT_FOUND', `没有登录名为 ${arg} 的用户。`);
        ws.accounts.setDisabled(CLI_ACTOR, { userId: user.id, disabled: true });
        print(`已停用用户 ${user.username}。`);
        return 0;
      }
      case 'fixtures': {
        const count = (name: 'units' | 'applications' | 'seed', fallback: number) => {
          const value = Number(values[name] ?? fallback);
          if (!Number.isInteger(value) || value < 0) throw new UsageError(`--${name} 需要一个非负整数。`);
          return value;
        };
        const options = { units: count('units', 100), applications: count('applications', 300), seed: count('seed', 1) };
        if (options.units === 0 && options.applications > 0) throw new UsageError('没有单位就不能生成申请：--units 至少为 1。');
        // Fixtures carry past dates: the services read this clock, which the generator moves along its timeline.
        let clock = Date.now();
        const ws = open(() => clock);
        const started = Date.now();
        const scope = ws.accounts.setupStatus().regionCode ?? undefined;
        let report;
        try {
          report = generateFixtures(ws, (ms) => (clock = ms), { ...options, until: started, scope });
        } catch (error) {
          if (error instanceof FixtureCapacityError) throw new UsageError(error.message);
          throw error;
        }
        print(
          `已生成 ${report.units} 个单位、${report.applications} 个申请（其中草稿 ${report.drafts} 个，修改版本 ${report.amendments} 个），` +
            `种子 ${options.seed}，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`,
        );
        return 0;
      }
      case 'applications list': {
        const ws = open();
        const limit = Number(values.limit ?? 50);
        if (!Number.isInteger(limit) || limit < 1) throw new UsageError('--limit 需要一个正整数。');
        const { rows, total } = ws.applicationsReader.query(applicationQuerySchema.parse({ pageSize: Math.min(limit, 200) }));
        const listed = rows.slice(0, limit).map((r) => ({
          serialNo: r.serialNo,
          version: r.version,
          state: r.state,
          siteName: r.siteName,
          unitName: r.unitName,
        }));
        if (values.json) print(JSON.stringify({ total, rows: listed }, null, 2));
        else {
          for (const r of listed) {
            print([r.serialNo ?? '（草稿）', `v${r.version}`, APPLICATION_STATE_LABELS[r.state], r.siteName, r.unitName].join('\t'));
          }
          print(`共 ${total} 个申请，显示 ${listed.length} 个。`);
        }
        return 0;
      }
      case 'pdf': {
        if (!sub || !(DOCUMENT_KINDS as readonly string[]).includes(sub)) throw new UsageError(`pdf 需要材料种类：${DOCUMENT_KINDS.join('|')}。`);
        if (!arg) throw new UsageError('pdf 需要申请序号。');
        if (!values.out) throw new UsageError('pdf 需要 --out FILE。');
        const ws = open();
        const { pdf } = await ws.documents.renderBySerial(arg, [sub as DocumentKind]);
        writeFileAtomic(values.out, pdf);
        print(`已生成 ${values.out}（${(pdf.length / 1024).toFixed(0)} KiB）`);
        return 0;
      }
      case 'badge check': {
        if (!arg) throw new UsageError('badge check 需要网页文件、文件夹或 .zip 的路径。');
        const code = (values.code ?? '').trim().toUpperCase();
        if (!parseBadgeCode(code)) throw new UsageError('badge check 需要 --code：21 位数字前加 CA 的标识编号，例如 CA421000000123456780001。');
        if (!existsSync(arg)) throw new AppError('NOT_FOUND', `找不到 ${arg}。`);
        const report = checkPages(readPages(arg), { code, verificationId: values.id ?? null });
        for (const page of report.pages) {
          print(`${page.status === 'present' ? 'OK  ' : page.status === 'skipped' ? 'SKIP' : 'FAIL'} ${page.page}\t${PAGE_STATUS_LABELS[page.status]}：${page.detail}`);
        }
        const failed = report.pages.filter((p) => p.status !== 'present' && p.status !== 'skipped').length;
        print(`共 ${report.pages.length} 个文件：${report.pages.filter((p) => p.status === 'present').length} 个页面已挂标，${failed} 个未通过。${report.passed ? '全部通过。' : ''}`);
        return report.passed ? 0 : 1;
      }
      case 'listing export': {
        if (!values.out) throw new UsageError('listing export 需要 --out DIR 或 --out FILE.zip。');
        const ws = open();
        const { bytes, pages } = staticListing(ws.listing);
        if (values.out.toLowerCase().endsWith('.zip')) writeFileAtomic(values.out, bytes);
        else writeFolder(values.out, unzipSync(bytes));
        print(`已导出 ${pages} 个网页到 ${values.out}（用浏览器打开其中的 index.html）`);
        return 0;
      }
      case 'identity export': {
        if (!values.out) throw new UsageError('identity export 需要 --out FILE。');
        const identity = open().peers.identity();
        writeFileAtomic(values.out, Buffer.from(`${JSON.stringify(identity, null, 2)}\n`));
        print(`已导出本工作站的身份文件 ${values.out}`);
        print(`指纹：${identity.fingerprint}（请对方添加时核对）`);
        return 0;
      }
      case 'peers add': {
        if (!arg) throw new UsageError('peers add 需要身份文件路径。');
        if (!existsSync(arg)) throw new AppError('NOT_FOUND', `找不到 ${arg}。`);
        const ws = open();
        const content = readFileSync(arg, 'utf8');
        const file = ws.peers.read(content);
        print(`${file.name}（${file.workstationId}）指纹：${file.fingerprint}`);
        if (!values.yes) {
          print('请与对方核对上面的指纹，一致时加 --yes 再运行一次。');
          return 2;
        }
        const peer = ws.peers.add(CLI_ACTOR, { content, name: values.name ?? '', kind: values.platform || file.kind === 'platform' ? 'platform' : 'workstation' });
        print(`已添加同步对象“${peer.name}”（${PEER_KIND_LABELS[peer.kind]}）。`);
        return 0;
      }
      case 'peers remove': {
        if (!arg) throw new UsageError('peers remove 需要同步对象的名称。');
        const ws = open();
        const peerId = ws.sync.peerId(arg);
        if (!values.yes) {
          print(`将移除同步对象“${arg}”（${peerId}）：此后拒绝其同步包、不再为其导出。确认时加 --yes 再运行一次。`);
          return 2;
        }
        ws.peers.remove(CLI_ACTOR, peerId);
        print(`已移除同步对象“${arg}”。`);
        return 0;
      }
      case 'peers list': {
        for (const p of open().peers.list()) print([p.name, PEER_KIND_LABELS[p.kind], p.fingerprint, dayjs(p.trustedAt).format('YYYY-MM-DD HH:mm')].join('\t'));
        return 0;
      }
      case 'bundle export': {
        if (!values.to || !values.out) throw new UsageError('bundle export 需要 --to PEER 和 --out FILE。');
        const ws = open();
        const passphrase = values.passphrase ? await io.readPassword() : undefined;
        const result = ws.sync.export(CLI_ACTOR, { peerId: ws.sync.peerId(values.to), full: values.full ?? false, file: values.out, passphrase });
        print(`已导出同步包 ${values.out}：发给“${result.peer.name}”，${result.events} 个事件，${result.attachments} 个附件，${(result.bytes / 1024).toFixed(0)} KiB`);
        if (result.missingAttachments) print(`注意：${result.missingAttachments} 个扫描件本机没有，未包含。`);
        return 0;
      }
      case 'bundle verify':
      case 'bundle import': {
        if (!arg) throw new UsageError(`${verb} 需要同步包文件路径。`);
        const ws = open();
        const passphrase = values.passphrase ? await io.readPassword() : undefined;
        // `bundle verify` also finds the conflicts by a dry run; `bundle import` reports those it meets instead.
        const preview = ws.sync.verify(arg, { passphrase, conflicts: verb === 'bundle verify' });
        for (const line of describePreview(preview)) print(line);
        if (verb === 'bundle verify') return 0;
        if (preview.confirmations.length && !values.yes) {
          print('以上情况需要确认：核对无误后加 --yes 再运行一次。未做任何改动。');
          return 2;
        }
        const result = await ws.sync.import(CLI_ACTOR, arg, { passphrase, confirmed: values.yes ?? false });
        print(`已导入：新事件 ${result.applied} 个，重复 ${result.duplicates} 个，暂存 ${result.parked} 个，新冲突 ${result.conflicts} 个${result.backup ? `；导入前的数据库已备份到 ${result.backup}` : ''}`);
        return 0;
      }
      case 'platform-sim init': {
        const ws = open();
        await initPlatform(ws);
        print(`已设为模拟的在线平台“${PLATFORM_NAME}”；指纹：${ws.peers.identity().fingerprint}`);
        return 0;
      }
      case 'platform-sim round': {
        if (!values.to || !values.out) throw new UsageError('platform-sim round 需要 --to PEER 和 --out FILE。');
        let clock = Date.now();
        const ws = open(() => clock);
        const peerId = ws.sync.peerId(values.to);
        const peer = ws.peers.list().find((p) => p.workstationId === peerId)!;
        const round = platformRound(ws, {
          regionCode: peer.regionCode,
          units: Number(values.units ?? 3),
          applications: Number(values.applications ?? values.units ?? 3),
          seed: Number(values.seed ?? Date.now() % 100_000),
          now: () => clock,
          setClock: (ms) => (clock = Math.max(clock, ms)),
        });
        clock = Date.now();
        const result = ws.sync.export(CLI_ACTOR, { peerId, full: false, file: values.out });
        print(`通知发送回执 ${round.receipts} 条，复审及标识编码 ${round.conacReviews} 个，修改后重新提交 ${round.amendments} 个，新单位 ${round.units} 个、新申请 ${round.applications} 个`);
        print(`已导出同步包 ${values.out}：发给“${result.peer.name}”，${result.events} 个事件`);
        return 0;
      }
      case 'platform-sim consume': {
        if (!arg) throw new UsageError('platform-sim consume 需要同步包文件路径。');
        const ws = open();
        const preview = ws.sync.verify(arg, { conflicts: false });
        const result = await ws.sync.import(CLI_ACTOR, arg, { confirmed: true });
        print(`平台已接收：新事件 ${result.applied} 个（${Object.entries(preview.byType).map(([type, n]) => `${EVENT_TYPE_LABELS[type as EventType]} ${n}`).join('，') || '无'}）`);
        const pending = ws.work.sqlite.prepare("SELECT count(*) FROM notices WHERE state = 'pending'").pluck().get() as number;
        print(`待发送的通知 ${pending} 条（下一轮发送并回执）`);
        return 0;
      }
      case 'db check': {
        const ws = open();
        const report = checkDatabase(ws.work, ws.journal);
        for (const step of report.steps) print(`${step.ok ? 'OK  ' : 'FAIL'} ${step.name}: ${step.detail}`);
        print(report.stateHash);
        return report.ok ? 0 : 1;
      }
      case 'restore': {
        if (!sub) throw new UsageError('restore 需要备份文件路径。');
        const { savedCurrent, events } = await restoreDatabase(open().work, sub);
        (workstation as Workstation | null)?.close();
        const reopened = open();
        const report = checkDatabase(reopened.work, reopened.journal);
        print(`已从 ${sub} 恢复（${events} 条事件）；恢复前的数据库已另存为 ${savedCurrent}`);
        for (const step of report.steps) print(`${step.ok ? 'OK  ' : 'FAIL'} ${step.name}: ${step.detail}`);
        print(report.stateHash);
        return report.ok ? 0 : 1;
      }
      case 'backup': {
        if (!sub) throw new UsageError('backup 需要目标文件路径。');
        const ws = open();
        const { file, bytes } = await backupDatabase(ws.work, sub);
        print(`已备份到 ${file}（${(bytes / 1024).toFixed(0)} KiB）`);
        return 0;
      }
    }
    throw new UsageError(`未知命令：${positionals.join(' ')}`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`${error.message}\n\n${HELP}`);
      return 2;
    }
    if (error instanceof AppError || error instanceof SchemaTooNewError) {
      io.err.write(`${error.message}\n`);
      if (error instanceof AppError && error.fields) {
        for (const [field, message] of Object.entries(error.fields)) io.err.write(`  ${field}: ${message}\n`);
      }
      return 1;
    }
    throw error;
  } finally {
    (workstation as Workstation | null)?.close();
  }
}

/** CLI input passes the same boundary schemas as the router's. */
function parse<M extends MethodName>(method: M, input: unknown): ParsedInputOf<M> {
  const result = contract[method].input.safeParse(input);
  if (result.success) return result.data as ParsedInputOf<M>;
  throw new AppError('INVALID_INPUT', '参数有误：', fieldErrors(result.error));
}

/** Reads a password from stdin: the first line when piped; a prompt without echo on a terminal. */
function readPassword(): Promise<string> {
  const terminal = process.stdin.isTTY;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal });
  if (terminal) {
    process.stderr.write('密码 / password: ');
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  return new Promise((resolve) => {
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      if (terminal) process.stderr.write('\n');
      rl.close();
      resolve(line);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) {
  runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, readPassword }).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
