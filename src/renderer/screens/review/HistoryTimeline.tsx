import { Card, Text, Timeline, Title } from '@mantine/core';
import type { HistoryEntry } from '../../../shared/api';
import { formatDateTime } from '../../format';

/** 办理记录: the application's events from the journal. */
export function HistoryTimeline({ history }: { history: HistoryEntry[] }) {
  return (
    <Card withBorder>
      <Title order={5} mb="sm">
        办理记录
      </Title>
      <Timeline active={history.length - 1} bulletSize={14} lineWidth={2}>
        {history.map((h, i) => (
          <Timeline.Item key={i} title={<Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>{h.summary}</Text>}>
            <Text size="xs" c="dimmed">
              {formatDateTime(h.at)} · {h.actor}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
