import { join } from 'node:path';
import { version as appVersion } from '../../package.json';
import type { Role } from '../shared/roles';
import type { SystemInfo } from '../shared/api/types';
import { AccountsService } from './accounts/service';
import { ApplicationsReader } from './applications/reader';
import { ApplicationsService } from './applications/service';
import { AuditService } from './audit/service';
import { ReasonsService } from './review/reasons';
import { ReviewService } from './review/service';
import { ClosureService } from './applications/closure';
import { PaperReader } from './paper/reader';
import { ScansService } from './scans/service';
import { ScanStore } from './scans/store';
import { ExportService } from './exports/service';
import { BadgesService } from './badges/service';
import { BundleExporter } from './sync/exporter';
import { loadOrCreateIdentity, type Identity } from './sync/identity';
import { BundleImporter } from './sync/importer';
import { SyncLedger } from './sync/ledger';
import { SyncService } from './sync/service';
import { ListingPublisher } from './listing/publish';
import { BundleVerifier } from './sync/verify';
import { PeersService } from './sync/peers';
import { ListingService } from './listing/service';
import { UpdatesService, type UpdateInstaller } from './updates/service';
import { DocumentsService } from './documents/service';
import { chooseFonts } from './documents/fonts';
import { PdfRenderer } from './documents/render';
import { PaperService } from './paper/service';
import { UnitsService } from './units/service';
import { SessionStore } from './accounts/sessions';
import { appliedMigrationCount, openDatabase, type WorkDb } from './db/open';
import { DashboardService } from './dashboard/service';
import { DeadlinesService } from './deadlines/service';
import { Journal } from './journal/journal';
import { NoticesService } from './notices/service';
import { PersonalDataCipher } from './personal-data/cipher';
import { loadOrCreateKey, type KeyProtector } from './personal-data/key-file';
import { PeerKeyring } from './personal-data/keyring';
import { consoleLogger, type Logger } from './log';
import { createHandlers, type Services } from './rpc/handlers';
import { Router } from './rpc/router';
import { SettingsService } from './settings/service';
import { BackupService } from './system/backups';
import { checkDatabase } from './system/check';

export const DATABASE_FILE = 'workstation.db';

export interface WorkstationOptions {
  dataDir: string;
  host: SystemInfo['host'];
  migrationsFolder?: string;
  nativeBinding?: string;
  /** The desktop app's updater (electron-updater); other hosts cannot update themselves. */
  updateInstaller?: UpdateInstaller;
  /** The operating system's protection for the personal-data key (Electron safeStorage); a plain key file without. */
  keyProtector?: KeyProtector;
  /** The bundled fonts in a package (resources/fonts); in development they are read from node_modules. */
  fontsDir?: string;
  log?: Logger;
  now?: () => number;
}

/** Every service, the router over them, and the database they share. */
export interface Workstation extends Omit<Services, 'systemInfo' | 'checkDatabase'> {
  work: WorkDb;
  journal: Journal;
  router: Router;
  info(): SystemInfo;
  close(): void;
}

/** Opens the data directory's database and wires every service behind one router. Shared by all three hosts. */
export function openWorkstation(options: WorkstationOptions): Workstation {
  const now = options.now ?? Date.now;
  const log = options.log ?? consoleLogger;
  const work = openDatabase({
    file: join(options.dataDir, DATABASE_FILE),
    migrationsFolder: options.migrationsFolder,
    nativeBinding: options.nativeBinding,
  });
  const journal = new Journal(work, now);
  const sessions = new SessionStore(now);
  const settings = new SettingsService(work.db, journal);
  const accounts = new AccountsService(work.db, journal, sessions, () => settings.get().idleLockMinutes, now);
  const deadlines = new DeadlinesService(work.db, journal, settings, now);
  const applicationsReader = new ApplicationsReader(work.sqlite, deadlines);
  const peerKeys = new PeerKeyring(options.dataDir, options.keyProtector);
  const cipher = new PersonalDataCipher({
    ownId: journal.workstationId,
    own: () => loadOrCreateKey(options.dataDir, options.keyProtector),
    other: (id) => peerKeys.get(id),
  });
  const units = new UnitsService(work, journal, applicationsReader, cipher, now);
  let loadedIdentity: Identity | null = null;
  const identity = () => (loadedIdentity ??= loadOrCreateIdentity(options.dataDir, options.keyProtector));
  const scanStore = new ScanStore(options.dataDir);
  const ledger = new SyncLedger(work.sqlite, journal.workstationId);
  const sync = new SyncService(
    work,
    journal,
    new BundleExporter(work, ledger, identity, () => ({ id: journal.workstationId, name: accounts.setupStatus().workstationName ?? '' }), cipher, scanStore, log, now),
    new BundleImporter(work, journal, new BundleVerifier(work, ledger, identity, journal.workstationId), ledger, peerKeys, scanStore, log, now),
    options.dataDir,
    () => accounts.setupStatus().workstationName ?? '',
    log,
    now,
  );
  const notices = new NoticesService(work.db, journal);
  const paperReader = new PaperReader(work.sqlite);
  const scans = new ScansService(work, journal, scanStore);
  const applications = new ApplicationsService(work, journal, units, applicationsReader, deadlines, notices, paperReader, scans, now);
  const paper = new PaperService(work.db, journal, applications, notices, settings, paperReader, scans, now);
  const reasons = new ReasonsService(work.db, journal);
  const review = new ReviewService(work.db, journal, notices, reasons);
  const closure = new ClosureService(work.db, journal);
  const documents = new DocumentsService(work.db, applications, settings, new PdfRenderer(chooseFonts({ fontsDir: options.fontsDir })), now);
  const dashboard = new DashboardService(work.sqlite, applicationsReader, () => accounts.setupStatus().regionCode, now);

  const info = (): SystemInfo => {
    const status = accounts.setupStatus();
    return {
      appVersion,
      workstationId: journal.workstationId,
      workstationName: status.workstationName ?? '',
      regionCode: status.regionCode ?? '',
      dataDir: options.dataDir,
      schemaMigrations: appliedMigrationCount(work.sqlite),
      eventCount: journal.count(),
      host: options.host,
    };
  };

  const services = {
    accounts,
    sessions,
    settings,
    units,
    applications,
    applicationsReader,
    review,
    closure,
    paper,
    paperReader,
    documents,
    scans,
    badges: new BadgesService(work, journal, settings, notices),
    sync,
    peers: new PeersService(
      work,
      journal,
      identity,
      () => ({ name: accounts.setupStatus().workstationName ?? '', regionCode: accounts.setupStatus().regionCode ?? '' }),
      log,
      now,
    ),
    listingPublisher: new ListingPublisher(work.sqlite, journal),
    listing: new ListingService(work.sqlite, () => accounts.setupStatus().regionCode),
    updates: new UpdatesService(settings, options.updateInstaller ?? null, appVersion, log, now),
    exportsService: new ExportService(work, journal, deadlines, settings, log, options.dataDir, options.nativeBinding, now),
    deadlines,
    dashboard,
    notices,
    reasons,
    audit: new AuditService(work.sqlite),
    backups: new BackupService(work, log, now),
  };
  sync.replayParked();
  const router = new Router({
    handlers: createHandlers({ ...services, systemInfo: info, checkDatabase: () => checkDatabase(work, journal) }),
    resolveCaller: (token) => {
      const session = sessions.find(token, settings.get().idleLockMinutes);
      const user = session && accounts.activeUser(session);
      if (!session || !user) return null;
      return { session, userId: user.id, roles: user.roles as Role[] };
    },
    touch: (caller) => sessions.touch(caller.session),
    log,
  });

  return { ...services, work, journal, router, info, close: () => work.close() };
}
