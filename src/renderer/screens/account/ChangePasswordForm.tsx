import { Button, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { contract } from '../../../shared/api';
import { PASSWORD_HINT } from '../../../shared/accounts/rules';
import { z } from '../../../shared/zod';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';
import { useSession } from '../../session/SessionContext';

const schema = contract['session.changePassword'].input
  .and(z.object({ confirmPassword: z.string() }))
  .refine((v) => v.newPassword === v.confirmPassword, { message: '两次输入的新密码不一致', path: ['confirmPassword'] });

export function ChangePasswordForm({ onDone }: { onDone?(): void }) {
  const { signedIn } = useSession();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setSaving(true);
    try {
      signedIn(await api.call('session.changePassword', { currentPassword, newPassword }));
      notifications.show({ color: 'green', message: '密码已修改。' });
      form.reset();
      onDone?.();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput label="当前密码" withAsterisk autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label="新密码"
          description={PASSWORD_HINT}
          withAsterisk
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label="确认新密码" withAsterisk autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
        <Button type="submit" loading={saving}>
          修改密码
        </Button>
      </Stack>
    </form>
  );
}
