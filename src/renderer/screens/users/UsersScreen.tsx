import { ActionIcon, Alert, Badge, Button, Group, Menu, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDots, IconEye, IconKey, IconPencil, IconPlus, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { UserSummary } from '../../../shared/api';
import { ROLE_LABELS } from '../../../shared/roles';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';
import { useSession } from '../../session/SessionContext';
import { useShortcut } from '../../shortcuts/Shortcuts';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFormModal } from './UserFormModal';

/** 用户管理 (admin): create users, change roles, reset passwords, disable — never delete. */
export function UsersScreen() {
  const { session } = useSession();
  const users = useQuery('users.list', {});
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [resetting, setResetting] = useState<UserSummary | null>(null);

  const openCreate = () => {
    setEditing(null);
    setFormOpen(true);
  };
  useShortcut('alt+N', '新建用户', openCreate);

  const saved = (message: string) => {
    notifications.show({ color: 'green', message });
    void users.reload();
  };

  const toggleDisabled = (user: UserSummary) => {
    const disabling = !user.disabled;
    modals.openConfirmModal({
      title: disabling ? '停用用户' : '启用用户',
      children: (
        <Text size="sm">
          {disabling
            ? `停用后“${user.displayName}”将无法登录，其已登录的会话立即失效；其操作记录保留。`
            : `启用后“${user.displayName}”可以再次登录。`}
        </Text>
      ),
      labels: { confirm: disabling ? '停用' : '启用', cancel: '取消' },
      confirmProps: { color: disabling ? 'red' : 'blue' },
      onConfirm: async () => {
        try {
          await api.call('users.setDisabled', { userId: user.id, disabled: disabling });
          saved(disabling ? `已停用“${user.displayName}”。` : `已启用“${user.displayName}”。`);
        } catch (error) {
          reportError(error);
        }
      },
    });
  };

  const toggleReveal = async (user: UserSummary) => {
    try {
      await api.call('users.setRevealPermission', { userId: user.id, allowed: !user.revealsPersonalData });
      saved(user.revealsPersonalData ? `已收回“${user.displayName}”查看完整身份证号的权限。` : `已授予“${user.displayName}”查看完整身份证号的权限，每次查看都会记入操作日志。`);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>用户管理</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={openCreate}>
          新建用户
        </Button>
      </Group>
      {users.error && <Alert color="red">{users.error}</Alert>}
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>登录名</Table.Th>
            <Table.Th>姓名</Table.Th>
            <Table.Th>角色</Table.Th>
            <Table.Th>状态</Table.Th>
            <Table.Th>创建时间</Table.Th>
            <Table.Th w={60}>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(users.data ?? []).map((user) => (
            <Table.Tr key={user.id} data-username={user.username}>
              <Table.Td>{user.username}</Table.Td>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light" size="sm">
                      {ROLE_LABELS[role]}
                    </Badge>
                  ))}
                  {user.revealsPersonalData && (
                    <Badge variant="outline" color="grape" size="sm">
                      可查看身份证号
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <UserState user={user} />
              </Table.Td>
              <Table.Td>{dayjs(user.createdAt).format('YYYY-MM-DD HH:mm')}</Table.Td>
              <Table.Td>
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" aria-label={`操作 ${user.username}`}>
                      <IconDots size={16} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item
                      leftSection={<IconPencil size={14} />}
                      onClick={() => {
                        setEditing(user);
                        setFormOpen(true);
                      }}
                    >
                      编辑姓名和角色
                    </Menu.Item>
                    <Menu.Item leftSection={<IconKey size={14} />} onClick={() => setResetting(user)}>
                      重置密码
                    </Menu.Item>
                    <Menu.Item leftSection={<IconEye size={14} />} onClick={() => void toggleReveal(user)}>
                      {user.revealsPersonalData ? '收回查看身份证号权限' : '允许查看完整身份证号'}
                    </Menu.Item>
                    <Menu.Item
                      leftSection={user.disabled ? <IconUserCheck size={14} /> : <IconUserOff size={14} />}
                      color={user.disabled ? undefined : 'red'}
                      disabled={user.id === session?.user.id}
                      onClick={() => toggleDisabled(user)}
                    >
                      {user.disabled ? '启用' : '停用'}
                    </Menu.Item>
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <UserFormModal
        user={editing}
        opened={formOpen}
        onClose={() => setFormOpen(false)}
        onSaved={(user) => {
          setFormOpen(false);
          saved(editing ? `已保存“${user.displayName}”。` : `已创建用户“${user.displayName}”（${user.username}）。`);
        }}
      />
      <ResetPasswordModal
        user={resetting}
        onClose={() => setResetting(null)}
        onSaved={(user) => {
          setResetting(null);
          saved(`已重置“${user.displayName}”的密码。`);
        }}
      />
    </Stack>
  );
}

function UserState({ user }: { user: UserSummary }) {
  if (user.disabled) return <Badge color="gray">已停用</Badge>;
  if (user.lockedUntil) {
    return <Badge color="orange">锁定至 {dayjs(user.lockedUntil).format('HH:mm')}</Badge>;
  }
  if (user.mustChangePassword) return <Badge color="yellow">待改密码</Badge>;
  return <Badge color="green">正常</Badge>;
}
