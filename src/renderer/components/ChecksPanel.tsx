import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { Check } from '../../shared/applications/checks';

/** 自动检查: advice beside a form or on a detail page; never blocks saving. */
export function ChecksPanel({ checks, loading }: { checks: Check[] | null; loading?: boolean }) {
  if (!checks) return null;
  if (checks.length === 0) {
    return (
      <Alert color="green" icon={<IconCircleCheck size={18} />} title="自动检查">
        {loading ? '正在检查…' : '未发现问题。'}
      </Alert>
    );
  }
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={`自动检查：${checks.length} 项提示`}>
      <List size="sm" spacing={4}>
        {checks.map((check) => (
          <List.Item key={check.code + (check.field ?? '')} data-check={check.code}>
            <Text size="sm">{check.message}</Text>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        提示仅供参考，不妨碍保存；审核员也会看到这些提示。
      </Text>
    </Alert>
  );
}
