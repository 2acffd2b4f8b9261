import { AppShell, Badge, Button, Center, Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { NavLink as RouterLink, Route, Routes, useLocation } from 'react-router-dom';
import { regionPath } from '../../shared/regions/regions';
import { ChangePasswordForm } from '../screens/account/ChangePasswordForm';
import { useSession } from '../session/SessionContext';
import { ErrorBoundary } from './ErrorBoundary';
import { LockOverlay } from './LockOverlay';
import { SCREENS } from './navigation';
import { UserMenu } from './UserMenu';

export function Layout() {
  const { session, setup, hasRole, logout } = useSession();
  const location = useLocation();
  if (!session) return null;

  if (session.user.mustChangePassword) {
    return (
      <Center mih="100vh" bg="gray.0">
        <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
          <Stack>
            <Title order={3}>请先修改密码</Title>
            <Text size="sm" c="dimmed">
              您的密码由管理员设置或重置，继续使用前请改为只有您知道的密码。
            </Text>
            <ChangePasswordForm />
            <Button variant="subtle" color="gray" onClick={() => void logout()}>
              退出登录
            </Button>
          </Stack>
        </Paper>
      </Center>
    );
  }

  const allowed = (screen: (typeof SCREENS)[number]) => screen.roles.length === 0 || hasRole(...screen.roles);
  const visible = SCREENS.filter((s) => s.label && allowed(s));
  // The section a nested page belongs to stays highlighted (/units/123 → 单位).
  const activePath = visible
    .map((s) => s.path)
    .filter((p) => location.pathname === p || (p !== '/' && location.pathname.startsWith(`${p}/`)))
    .sort((a, b) => b.length - a.length)[0];

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Title order={4} c="red.8">
              网站审核工作站
            </Title>
            <Badge variant="light" color="gray">
              {setup?.workstationName}
            </Badge>
            {setup?.regionCode && (
              <Text size="sm" c="dimmed">
                {regionPath(setup.regionCode)}
              </Text>
            )}
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {visible.map((screen) => (
          <NavLink
            key={screen.path}
            component={RouterLink}
            to={screen.path}
            label={screen.label}
            leftSection={screen.icon}
            active={screen.path === activePath}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorBoundary key={location.pathname}>
          <Routes>
            {SCREENS.map((screen) => (
              <Route
                key={screen.path}
                path={screen.path}
                element={allowed(screen) ? <screen.component /> : <NoAccess />}
              />
            ))}
            <Route path="*" element={<NoAccess />} />
          </Routes>
        </ErrorBoundary>
      </AppShell.Main>
      <LockOverlay />
    </AppShell>
  );
}

function NoAccess() {
  return (
    <Stack>
      <Title order={3}>无法打开此页面</Title>
      <Text>此页面不存在，或您的角色无权访问。如需权限，请联系管理员。</Text>
    </Stack>
  );
}
