import { Avatar, Badge, Group, Menu, Modal, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLE_LABELS } from '../../shared/roles';
import { ChangePasswordForm } from '../screens/account/ChangePasswordForm';
import { useSession } from '../session/SessionContext';
import { useShortcut } from '../shortcuts/Shortcuts';

export function UserMenu() {
  const { session, lock, logout } = useSession();
  const [changing, setChanging] = useState(false);
  useShortcut('mod+shift+L', '锁定屏幕', () => void lock());
  if (!session) return null;
  const { user } = session;

  return (
    <>
      <Menu position="bottom-end" width={220} withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label="用户菜单">
            <Group gap="xs">
              <Avatar color="red" radius="xl" size="sm">
                {user.displayName.slice(-2)}
              </Avatar>
              <Text size="sm" fw={500}>
                {user.displayName}
              </Text>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Group gap={4}>
              {user.roles.map((role) => (
                <Badge key={role} size="xs" variant="light">
                  {ROLE_LABELS[role]}
                </Badge>
              ))}
            </Group>
            <Text size="xs" mt={4}>
              登录名：{user.username}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<IconKey size={16} />} onClick={() => setChanging(true)}>
            修改密码
          </Menu.Item>
          <Menu.Item leftSection={<IconLock size={16} />} onClick={() => void lock()}>
            锁定屏幕
          </Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={() => void logout()}>
            退出登录
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={changing} onClose={() => setChanging(false)} title="修改密码">
        <ChangePasswordForm onDone={() => setChanging(false)} />
      </Modal>
    </>
  );
}
