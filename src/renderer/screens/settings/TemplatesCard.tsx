import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TemplateSet } from '../../../shared/notices/templates';
import {
  DEFAULT_TEMPLATES,
  NOTICE_CHANNEL_LABELS,
  NOTICE_CHANNELS,
  NOTICE_TRIGGER_LABELS,
  NOTICE_TRIGGERS,
  PLACEHOLDERS,
  type NoticeChannel,
  type NoticeTrigger,
} from '../../../shared/notices/templates';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';

/** 通知模板: the admin's wording of each notice, with the placeholders it may use. */
export function TemplatesCard() {
  const templates = useQuery('notices.templates', {});
  if (!templates.data) return null;
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>通知模板</Title>
        <Text size="sm" c="dimmed">
          可用占位符：{PLACEHOLDERS.map((p) => `【${p}】`).join(' ')}。修改只影响此后进入发件箱的通知。
        </Text>
        {NOTICE_TRIGGERS.flatMap((trigger) =>
          NOTICE_CHANNELS.map((channel) => (
            <TemplateEditor key={`${trigger}-${channel}`} trigger={trigger} channel={channel} current={templates.data!} />
          )),
        )}
      </Stack>
    </Card>
  );
}

function TemplateEditor({ trigger, channel, current }: { trigger: NoticeTrigger; channel: NoticeChannel; current: TemplateSet }) {
  const [text, setText] = useState(current[trigger][channel]);
  const [error, setError] = useState<string | null>(null);
  const save = async (value: string) => {
    try {
      await api.call('notices.saveTemplate', { trigger, channel, text: value });
      setText(value);
      setError(null);
      notifications.show({ color: 'green', message: `已保存“${NOTICE_TRIGGER_LABELS[trigger]}”${NOTICE_CHANNEL_LABELS[channel]}模板。` });
    } catch (e) {
      reportError(e, { setErrors: (fields) => setError(fields.text ?? null) });
    }
  };
  return (
    <Stack gap={4}>
      <Textarea
        label={`${NOTICE_TRIGGER_LABELS[trigger]} · ${NOTICE_CHANNEL_LABELS[channel]}`}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={error}
      />
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => void save(text)} disabled={text === current[trigger][channel]}>
          保存
        </Button>
        <Button size="xs" variant="subtle" color="gray" onClick={() => void save(DEFAULT_TEMPLATES[trigger][channel])}>
          恢复默认
        </Button>
      </Group>
    </Stack>
  );
}
