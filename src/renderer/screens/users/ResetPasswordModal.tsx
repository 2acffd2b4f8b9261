import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { contract, type UserSummary } from '../../../shared/api';
import { PASSWORD_HINT } from '../../../shared/accounts/rules';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';

const schema = contract['users.resetPassword'].input.pick({ password: true });

export function ResetPasswordModal({ user, onClose, onSaved }: { user: UserSummary | null; onClose(): void; onSaved(u: UserSummary): void }) {
  const [saving, setSaving] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '' },
    validate: schemaResolver(schema, { sync: true }),
  });

  const submit = form.onSubmit(async ({ password }) => {
    if (!user) return;
    setSaving(true);
    try {
      onSaved(await api.call('users.resetPassword', { userId: user.id, password }));
      form.reset();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  });

  return (
    <Modal opened={!!user} onClose={onClose} title={`重置密码：${user?.displayName ?? ''}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">重置后该用户的锁定随之解除、已登录的会话被注销，下次登录时须修改密码。</Text>
          <PasswordInput label="新密码" description={PASSWORD_HINT} withAsterisk autoComplete="new-password" {...form.getInputProps('password')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={saving}>
              重置密码
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
