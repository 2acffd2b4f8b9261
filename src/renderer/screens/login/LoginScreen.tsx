import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { contract } from '../../../shared/api';
import { regionPath } from '../../../shared/regions/regions';
import { api, ApiCallError } from '../../api/client';
import { useSession } from '../../session/SessionContext';

export function LoginScreen() {
  const { setup, signedIn } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: schemaResolver(contract['session.login'].input, { sync: true }),
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      signedIn(await api.call('session.login', values));
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : '登录失败，请重试。');
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={400}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={2}>网站审核工作站</Title>
              <Text c="dimmed" size="sm">
                {setup?.workstationName}
                {setup?.regionCode ? ` · ${regionPath(setup.regionCode)}` : ''}
              </Text>
            </div>
            {error && (
              <Alert color="red" variant="light" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label="登录名" autoComplete="username" autoFocus {...form.getInputProps('username')} />
            <PasswordInput label="密码" autoComplete="current-password" {...form.getInputProps('password')} />
            <Button type="submit" loading={busy}>
              登录
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
