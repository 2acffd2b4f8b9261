import { Alert, Button, Center, Divider, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { contract } from '../../../shared/api';
import { PASSWORD_HINT, USERNAME_HINT } from '../../../shared/accounts/rules';
import { z } from '../../../shared/zod';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';
import { RegionPicker } from '../../forms/RegionPicker';
import { useSession } from '../../session/SessionContext';

const schema = contract['setup.initialize'].input
  .extend({ confirmPassword: z.string() })
  .refine((v) => v.admin.password === v.confirmPassword, { message: '两次输入的密码不一致', path: ['confirmPassword'] });

/** First run: name the workstation, choose the region it serves, create the first administrator. */
export function SetupScreen() {
  const { refresh } = useSession();
  const [saving, setSaving] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      workstationName: '',
      regionCode: '',
      admin: { username: '', displayName: '', password: '' },
      confirmPassword: '',
    },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: true,
  });

  const submit = form.onSubmit(async ({ confirmPassword: _confirm, ...values }) => {
    setSaving(true);
    try {
      await api.call('setup.initialize', values);
      await refresh();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  });

  return (
    <Center mih="100vh" p="lg" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w={640}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <div>
              <Title order={2}>首次设置</Title>
              <Text c="dimmed" size="sm">
                为这台工作站命名、选择其管辖区域，并创建第一位管理员。设置完成后即可用该管理员登录并添加其他用户。
              </Text>
            </div>
            <TextInput
              label="工作站名称"
              description="便于在同步和日志中识别本机，如“湖北省委编办审核一号机”"
              withAsterisk
              {...form.getInputProps('workstationName')}
            />
            <RegionPicker
              label="管辖区域"
              description="本机编办负责审核的区域"
              required
              value={form.values.regionCode || null}
              onChange={(code) => form.setFieldValue('regionCode', code ?? '')}
              onBlur={() => form.validateField('regionCode')}
              error={form.errors.regionCode as string | undefined}
            />
            <Divider label="第一位管理员" labelPosition="left" />
            <TextInput label="登录名" description={USERNAME_HINT} withAsterisk {...form.getInputProps('admin.username')} />
            <TextInput label="姓名" withAsterisk {...form.getInputProps('admin.displayName')} />
            <PasswordInput label="密码" description={PASSWORD_HINT} withAsterisk {...form.getInputProps('admin.password')} />
            <PasswordInput label="确认密码" withAsterisk {...form.getInputProps('confirmPassword')} />
            <Alert color="blue" variant="light">
              请牢记管理员密码：工作站不联网，忘记后只能由另一位管理员重置。
            </Alert>
            <Button type="submit" loading={saving}>
              完成设置
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
