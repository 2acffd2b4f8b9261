import { Button, Checkbox, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { contract, type UserSummary } from '../../../shared/api';
import { PASSWORD_HINT, USERNAME_HINT } from '../../../shared/accounts/rules';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';

interface Props {
  /** The user to edit, or null to create one. */
  user: UserSummary | null;
  opened: boolean;
  onClose(): void;
  onSaved(user: UserSummary): void;
}

const createSchema = contract['users.create'].input;
const updateSchema = contract['users.update'].input.omit({ userId: true });

export function UserFormModal({ user, opened, onClose, onSaved }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={user ? `编辑用户：${user.username}` : '新建用户'}>
      {opened && <UserForm user={user} onSaved={onSaved} onCancel={onClose} />}
    </Modal>
  );
}

function UserForm({ user, onSaved, onCancel }: { user: UserSummary | null; onSaved(u: UserSummary): void; onCancel(): void }) {
  const [saving, setSaving] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      username: user?.username ?? '',
      displayName: user?.displayName ?? '',
      roles: (user?.roles ?? []) as Role[],
      password: '',
    },
    validate: schemaResolver(user ? updateSchema : createSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    try {
      const saved = user
        ? await api.call('users.update', { userId: user.id, displayName: values.displayName, roles: values.roles })
        : await api.call('users.create', values);
      onSaved(saved);
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="登录名"
          description={user ? '登录名创建后不能修改' : USERNAME_HINT}
          withAsterisk
          disabled={!!user}
          {...form.getInputProps('username')}
        />
        <TextInput label="姓名" withAsterisk {...form.getInputProps('displayName')} />
        <Checkbox.Group label="角色" description="可选多个" withAsterisk {...form.getInputProps('roles')}>
          <Group mt="xs">
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={ROLE_LABELS[role]} />
            ))}
          </Group>
        </Checkbox.Group>
        {!user && (
          <PasswordInput
            label="初始密码"
            description={`${PASSWORD_HINT}；用户首次登录时须修改`}
            withAsterisk
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
          <Button type="submit" loading={saving}>
            保存
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
