import type { AccountsService } from '../accounts/service';
import type { SessionStore } from '../accounts/sessions';
import type { SettingsService } from '../settings/service';
import { callerOf, type Handlers } from './router';
import type { SystemInfo, SystemCheckReport } from '../../shared/api/types';
import { AppError } from '../../shared/api/errors';
import { contract, type MethodName } from '../../shared/api';
import { regionLevelOf } from '../../shared/units/unit';
import type { ApplicationsReader } from '../applications/reader';
import type { AuditService } from '../audit/service';
import type { BackupService } from '../system/backups';
import type { ApplicationsService } from '../applications/service';
import type { DashboardService } from '../dashboard/service';
import type { DeadlinesService } from '../deadlines/service';
import type { NoticesService } from '../notices/service';
import type { ReasonsService } from '../review/reasons';
import type { ReviewService } from '../review/service';
import type { ClosureService } from '../applications/closure';
import type { PaperReader } from '../paper/reader';
import type { PaperService } from '../paper/service';
import type { DocumentsService } from '../documents/service';
import type { ScansService } from '../scans/service';
import type { ExportService } from '../exports/service';
import type { UpdatesService } from '../updates/service';
import type { BadgesService } from '../badges/service';
import type { ListingService } from '../listing/service';
import type { PeersService } from '../sync/peers';
import type { SyncService } from '../sync/service';
import type { ListingPublisher } from '../listing/publish';
import { staticListing } from '../listing/static';
import { readZip } from '../badges/pages';
import { fetchPage } from '../badges/fetch';
import type { ListName } from '../../shared/exports/names';
import type { Role } from '../../shared/roles';
import type { UnitsService } from '../units/service';

export interface Services {
  accounts: AccountsService;
  units: UnitsService;
  applications: ApplicationsService;
  applicationsReader: ApplicationsReader;
  review: ReviewService;
  closure: ClosureService;
  paper: PaperService;
  paperReader: PaperReader;
  documents: DocumentsService;
  scans: ScansService;
  exportsService: ExportService;
  updates: UpdatesService;
  badges: BadgesService;
  listing: ListingService;
  peers: PeersService;
  sync: SyncService;
  listingPublisher: ListingPublisher;
  deadlines: DeadlinesService;
  dashboard: DashboardService;
  notices: NoticesService;
  reasons: ReasonsService;
  audit: AuditService;
  backups: BackupService;
  sessions: SessionStore;
  settings: SettingsService;
  systemInfo(): SystemInfo;
  checkDatabase(): SystemCheckReport;
}

/** Contract method → service call. Access and input were checked by the router before any of these run. */
/** The read method behind each exportable list: an export needs the roles that method needs. */
const LIST_SOURCES: Record<ListName, MethodName> = {
  applications: 'applications.query',
  checkins: 'paper.log',
  notices: 'notices.list',
  audit: 'audit.list',
  units: 'units.list',
  badges: 'badges.list',
};

export function createHandlers(services: Services): Handlers {
  const { accounts, sessions, settings, systemInfo, checkDatabase, units, applications, applicationsReader, review, closure, paper, paperReader, documents, scans, exportsService, updates, badges, listing, listingPublisher, peers, sync, deadlines, dashboard, notices, reasons, audit, backups } = services;
  const requireSetup = () => {
    if (!accounts.setupStatus().initialized) throw new AppError('NOT_INITIALIZED');
  };
  return {
    'setup.status': () => accounts.setupStatus(),
    'setup.initialize': async (input) => {
      await accounts.initialize(input);
      return null;
    },

    'session.login': (input) => {
      requireSetup();
      return accounts.login(input.username, input.password);
    },
    'session.current': (_input, { caller }) => (caller ? accounts.sessionInfo(caller.session) : null),
    'session.logout': (_input, context) => {
      sessions.close(callerOf(context).session.token);
      return null;
    },
    'session.lock': (_input, context) => {
      callerOf(context).session.locked = true;
      return null;
    },
    'session.unlock': (input, context) => accounts.unlock(callerOf(context).session, input.password),
    'session.changePassword': (input, context) =>
      accounts.changePassword(callerOf(context).session, input.currentPassword, input.newPassword),

    'users.list': () => accounts.listUsers(),
    'users.create': (input, context) => accounts.createUser(callerOf(context).userId, input),
    'users.update': (input, context) => accounts.updateUser(callerOf(context).userId, input),
    'users.resetPassword': (input, context) => accounts.resetPassword(callerOf(context).userId, input),
    'users.setRevealPermission': (input, context) => accounts.setRevealPermission(callerOf(context).userId, input),
    'users.setDisabled': (input, context) => accounts.setDisabled(callerOf(context).userId, input),

    'settings.get': () => settings.get(),
    'settings.update': (input, context) => settings.update(callerOf(context).userId, input),

    'units.list': (input) => units.list(input),
    'units.get': (input) => units.get(input.unitId),
    'units.create': (input, context) => units.create(callerOf(context).userId, input),
    'units.revealIdNumber': (input, context) => {
      const caller = callerOf(context);
      if (!accounts.revealsPersonalData(caller.userId)) throw new AppError('FORBIDDEN', '您没有查看完整身份证号的权限；如需此权限，请联系管理员。');
      return units.revealIdNumber(caller.userId, input);
    },
    'units.update': (input, context) => units.update(callerOf(context).userId, input.unitId, input.data),
    'units.check': ({ unitId, ...facts }) => units.checkInput({ ...facts, regionLevel: regionLevelOf(facts.regionCode) }, unitId),

    'applications.query': (input, context) => applicationsReader.query(input, callerOf(context).userId),
    'applications.get': (input) => applications.get(input.applicationId),
    'applications.saveDraft': (input, context) => applications.saveDraft(callerOf(context).userId, input),
    'applications.submit': (input, context) => applications.submit(callerOf(context).userId, input),
    'applications.discardDraft': (input, context) => {
      applications.discardDraft(callerOf(context).userId, input.applicationId);
      return null;
    },
    'applications.check': (input) => applications.check(input.unitId, input.applicationId, input.draft),
    'applications.withdraw': (input, context) => closure.close(callerOf(context).userId, 'withdraw', input),

    'review.decideInitial': (input, context) => review.decideInitial(callerOf(context).userId, input),
    'review.decideFinal': (input, context) => review.decideFinal(callerOf(context).userId, input),
    'review.revoke': (input, context) => closure.close(callerOf(context).userId, 'revoke', input),
    'review.reasons': () => reasons.list(),

    'paper.lookup': (input) => paper.lookup(input.code),
    'paper.open': (input) => paper.open(input.applicationId),
    'paper.checkIn': (input, context) => paper.checkIn(callerOf(context).userId, input),
    'paper.log': (input) => paperReader.log(input),
    'scans.attach': (input, context) => scans.attach(callerOf(context).userId, input.applicationId, input.fileName, Buffer.from(input.contentBase64, 'base64')),
    'scans.read': (input) => {
      const { fileName, mediaType, bytes } = scans.read(input.applicationId, input.sha256);
      return { fileName, mediaType, contentBase64: bytes.toString('base64') };
    },
    'scans.inbox': () => scans.inbox(),
    'scans.attachFromInbox': (input, context) => scans.attachFromInbox(callerOf(context).userId, input.applicationId, input.fileName),
    'scans.setInboxFolder': (input) => {
      scans.setInboxFolder(input.folder || null);
      return null;
    },
    'exports.start': (input, context) => {
      // Exporting a list needs the same role as reading it on screen.
      const source = contract[LIST_SOURCES[input.list]];
      const caller = callerOf(context);
      if (Array.isArray(source.access) && !source.access.some((role: Role) => caller.roles.includes(role))) throw new AppError('FORBIDDEN');
      return exportsService.start(caller.userId, input);
    },
    'exports.progress': (input, context) => exportsService.progress(callerOf(context).userId, input.jobId),
    'exports.take': (input, context) => {
      const { fileName, bytes } = exportsService.take(callerOf(context).userId, input.jobId);
      return { fileName, contentBase64: bytes.toString('base64') };
    },
    'updates.status': () => updates.status(),
    'updates.check': (input) => updates.check(input),
    'updates.download': () => updates.download(),
    'updates.install': () => {
      updates.install();
      return null;
    },
    'badges.list': (input) => badges.list(input),
    'badges.issue': (input, context) => badges.issue(callerOf(context).userId, input.applicationIds),
    'badges.check': async (input, context) => {
      if (input.url !== null && !settings.get().badgeCheckNetwork) {
        throw new AppError('CONFLICT', '管理员未开启联网检测；请保存网页后上传检测，或请管理员在系统设置中开启。');
      }
      const pages = input.url !== null
        ? [await fetchPage(input.url)]
        : input.file
        ? input.file.name.toLowerCase().endsWith('.zip')
          ? readZip(Buffer.from(input.file.contentBase64, 'base64'))
          : [{ name: input.file.name, bytes: Buffer.from(input.file.contentBase64, 'base64') }]
        : [{ name: '粘贴的网页代码', bytes: Buffer.from(input.html ?? '', 'utf8') }];
      return badges.check(callerOf(context).userId, input.applicationId, pages);
    },
    'listing.regions': () => listing.regions(),
    'listing.page': (input) => listing.page(input),
    'listing.verification': (input) => listing.verification(input.verificationId),
    'listing.waiting': () => ({ count: listingPublisher.waiting() }),
    'listing.publish': (_input, context) => listingPublisher.publish(callerOf(context).userId),
    'listing.exportStatic': () => {
      const { bytes, pages } = staticListing(listing);
      return { fileName: `党政机关网站公示-${new Date().toISOString().slice(0, 10)}.zip`, contentBase64: Buffer.from(bytes).toString('base64'), pages };
    },
    'sync.identity': () => peers.identity(),
    'sync.readIdentity': (input) => peers.read(input.content),
    'sync.addPeer': (input, context) => peers.add(callerOf(context).userId, input),
    'sync.peers': () => peers.list(),
    'sync.removePeer': (input, context) => {
      peers.remove(callerOf(context).userId, input.workstationId);
      return null;
    },
    'sync.plan': (input) => sync.plan(input.peerId, input.full),
    'sync.export': (input, context) => sync.exportToOutbox(callerOf(context).userId, input),
    'sync.progress': () => sync.progress(),
    'sync.takeBundle': (input) => sync.takeBundle(input.fileName),
    'sync.verify': (input) => sync.verifyUpload(input),
    'sync.apply': (input, context) => sync.applyUpload(callerOf(context).userId, input),
    'sync.history': () => sync.history(),
    'sync.conflicts': () => sync.conflicts(),
    'sync.resolveConflict': (input, context) => {
      sync.resolveConflict(callerOf(context).userId, input);
      return null;
    },
    'sync.parked': () => sync.parked(),
    'documents.render': async (input) => {
      const { fileName, pdf } = await documents.render(input.applicationId, input.kinds);
      return { fileName, pdfBase64: pdf.toString('base64') };
    },
    'review.saveReason': (input, context) => reasons.save(callerOf(context).userId, input),

    'calendar.year': (input) => deadlines.year(input.year),
    'calendar.setDays': (input, context) => {
      deadlines.setDays(callerOf(context).userId, input.days);
      return deadlines.year(Number(input.days[0].date.slice(0, 4)));
    },
    'calendar.clearDays': (input, context) => {
      deadlines.clearDays(callerOf(context).userId, input.dates);
      return null;
    },
    'calendar.import': (input, context) => deadlines.importDays(callerOf(context).userId, input.content),

    'dashboard.summary': () => dashboard.summary(),

    'notices.list': (input) => notices.list(input),
    'notices.templates': () => notices.templates(),
    'notices.saveTemplate': (input, context) => notices.saveTemplate(callerOf(context).userId, input),

    'audit.list': (input) => audit.list(input),
    'audit.verify': () => audit.verify(),

    'system.info': () => systemInfo(),
    'system.check': () => checkDatabase(),
    'system.backups': () => backups.list(),
    'system.backupNow': () => backups.backupNow(),
  };
}
