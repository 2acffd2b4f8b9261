import { Alert, Button, Card, Code, Group, List, NumberInput, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { contract, type SystemCheckReport } from '../../../shared/api';
import { IDLE_LOCK_MINUTES } from '../../../shared/accounts/rules';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';
import { BackupsCard } from './BackupsCard';
import { CalendarCard } from './CalendarCard';
import { BadgeSettingsCard } from './BadgeSettingsCard';
import { ChecklistCard } from './ChecklistCard';
import { DeadlinesCard } from './DeadlinesCard';
import { ReasonsCard } from './ReasonsCard';
import { ScanInboxCard } from './ScanInboxCard';
import { TemplatesCard } from './TemplatesCard';
import { UpdatesCard } from './UpdatesCard';
import { useSettingsForm } from './useSettingsForm';

/** 系统设置 (admin): idle lock, deadlines, the paper checklist, calendar, reasons, templates, scans, backups, updates, self-check. */
export function SettingsScreen() {
  return (
    <Stack maw={900}>
      <Title order={2}>系统设置</Title>
      <IdleLockCard />
      <DeadlinesSection />
      <CalendarCard />
      <ReasonsCard />
      <TemplatesCard />
      <ScanInboxCard />
      <BackupsCard />
      <UpdatesCard />
      <SelfCheckCard />
    </Stack>
  );
}

function DeadlinesSection() {
  const settings = useQuery('settings.get', {});
  return settings.data ? (
    <>
      <DeadlinesCard settings={settings.data} />
      <ChecklistCard settings={settings.data} />
      <BadgeSettingsCard settings={settings.data} />
    </>
  ) : null;
}

function IdleLockCard() {
  const settings = useQuery('settings.get', {});
  if (!settings.data) return settings.error ? <Alert color="red">{settings.error}</Alert> : null;
  return <IdleLockForm initial={settings.data.idleLockMinutes} />;
}

function IdleLockForm({ initial }: { initial: number }) {
  const { form, submit, saving } = useSettingsForm(
    { idleLockMinutes: initial },
    contract['settings.update'].input.pick({ idleLockMinutes: true }),
    '设置已保存，新登录的会话按新时长锁定。',
  );

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>自动锁定</Title>
          <NumberInput
            label="无操作多少分钟后锁定屏幕"
            description={`${IDLE_LOCK_MINUTES.min}–${IDLE_LOCK_MINUTES.max} 分钟；锁定后输入密码即可继续，未保存的内容不会丢失`}
            min={IDLE_LOCK_MINUTES.min}
            max={IDLE_LOCK_MINUTES.max}
            w={320}
            {...form.getInputProps('idleLockMinutes')}
          />
          <Button type="submit" w="fit-content" loading={saving}>
            保存
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

const STEP_LABELS: Record<SystemCheckReport['steps'][number]['name'], string> = {
  integrity: '数据库完整性',
  chain: '事件日志哈希链',
  rebuild: '重建比对',
};

function SelfCheckCard() {
  const [report, setReport] = useState<SystemCheckReport | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      setReport(await api.call('system.check', {}));
    } catch (error) {
      reportError(error);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>数据库自检</Title>
        <Text size="sm" c="dimmed">
          检查数据库文件完整性，逐条核对每个工作站的事件哈希链，并由事件日志重建全部数据与现有数据比对。只读，不改动任何数据。
        </Text>
        <Button w="fit-content" onClick={() => void run()} loading={running}>
          开始自检
        </Button>
        {report && (
          <Stack gap="xs">
            <Alert color={report.ok ? 'green' : 'red'} title={report.ok ? '自检通过' : '自检发现问题'}>
              <List spacing="xs" center>
                {report.steps.map((step) => (
                  <List.Item
                    key={step.name}
                    icon={
                      <ThemeIcon color={step.ok ? 'green' : 'red'} size={20} radius="xl">
                        {step.ok ? <IconCheck size={12} /> : <IconX size={12} />}
                      </ThemeIcon>
                    }
                  >
                    <Text size="sm">
                      <b>{STEP_LABELS[step.name]}</b>：{step.detail}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Alert>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                状态哈希
              </Text>
              <Code>{report.stateHash}</Code>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
