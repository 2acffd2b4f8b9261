import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ApplicationDetail } from '../../../shared/api';
import type { Closure } from '../../../shared/applications/closure';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';

const WORDS: Record<Closure, { label: string; explain: string; done: string }> = {
  withdraw: { label: '撤回申请', explain: '单位提出撤回后，该申请不再办理，也不能再修改；需要时单位可重新申请。', done: '申请已撤回。' },
  revoke: { label: '注销', explain: '单位撤销、更名或网站关闭时注销；注销后网站标识作废，不再公示。', done: '已注销。' },
};

/** 撤回 or 注销 with a required reason, checked against the state on screen. */
export function ClosureButton({ application, how, onDone }: { application: ApplicationDetail; how: Closure; onDone(): void }) {
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const words = WORDS[how];

  const confirm = async () => {
    setBusy(true);
    try {
      const input = { applicationId: application.id, expectedState: application.state, reason };
      await (how === 'withdraw' ? api.call('applications.withdraw', input) : api.call('review.revoke', input));
      notifications.show({ color: 'green', message: words.done });
      setOpened(false);
      setReason('');
      onDone();
    } catch (e) {
      reportError(e, { setErrors: (fields) => setError(fields.reason) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setOpened(true)}>
        {words.label}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`${words.label}：${application.siteName}`}>
        <Stack>
          <Text size="sm">{words.explain}</Text>
          <Textarea label="原因" withAsterisk autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              取消
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()}>
              确认{words.label}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
