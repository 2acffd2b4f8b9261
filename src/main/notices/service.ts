import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { ApplicationData } from '../../shared/applications/application';
import type { NoticeView, Page } from '../../shared/api/types';
import type { NewEvent } from '../../shared/events/events';
import { DEFAULT_TEMPLATES, NOTICE_CHANNELS, type NoticeChannel, type NoticeTrigger, type TemplateSet } from '../../shared/notices/templates';
import type { Db } from '../db/open';
import { applicationVersions, noticeTemplates } from '../db/schema';
import type { Journal } from '../journal/journal';
import { listNotices, type NoticeFilter } from './list';

/** 通知发件箱 and its templates. */
export class NoticesService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
  ) {}

  /** The templates in force: the admin's wording where there is one, else the default. */
  templates(): TemplateSet {
    const set = structuredClone(DEFAULT_TEMPLATES) as TemplateSet;
    for (const row of this.db.select().from(noticeTemplates).all()) {
      set[row.trigger as NoticeTrigger][row.channel as NoticeChannel] = row.text;
    }
    return set;
  }

  saveTemplate(actor: string, input: { trigger: NoticeTrigger; channel: NoticeChannel; text: string }): TemplateSet {
    this.journal.record(actor, () => [{ type: 'NoticeTemplateSaved', aggregateId: 'notice-templates', payload: input }]);
    return this.templates();
  }

  /** A notice's text on both channels, from the templates in force. */
  texts(render: (templates: TemplateSet, channel: NoticeChannel) => string): Record<NoticeChannel, string> {
    const templates = this.templates();
    return { sms: render(templates, 'sms'), email: render(templates, 'email') };
  }

  /** Where a unit's notices go: the 经办人 given on the application's version. */
  private recipientsOf(applicationId: string, version: number): Record<NoticeChannel, string> {
    const row = this.db
      .select({ data: applicationVersions.data })
      .from(applicationVersions)
      .where(and(eq(applicationVersions.applicationId, applicationId), eq(applicationVersions.version, version)))
      .get();
    const handler = (row?.data as ApplicationData | undefined)?.handler;
    return { sms: handler?.mobile ?? '', email: handler?.email ?? '' };
  }

  /**
   * The events that queue one notice per channel for the 经办人 of the application's current version; recorded with
   * the decision that causes them.
   */
  queue(application: { id: string; version: number }, trigger: NoticeTrigger, texts: Record<NoticeChannel, string>): NewEvent[] {
    const applicationId = application.id;
    const recipients = this.recipientsOf(application.id, application.version);
    return NOTICE_CHANNELS.filter((channel) => recipients[channel]).map((channel) => {
      const noticeId = randomUUID();
      return {
        type: 'NoticeQueued',
        aggregateId: applicationId,
        payload: { noticeId, applicationId, trigger, channel, recipient: recipients[channel], text: texts[channel] },
      };
    });
  }

  list(filter: NoticeFilter): Page<NoticeView> {
    return listNotices(this.db, filter);
  }
}
