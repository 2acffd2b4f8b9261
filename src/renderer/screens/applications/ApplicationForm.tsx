import { Alert, Button, Card, Checkbox, Divider, Grid, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { UnitView } from '../../../shared/api';
import {
  APPLICATION_FIELD_TEXT as T,
  APPLICATION_KIND_HINTS,
  APPLICATION_KIND_LABELS,
  APPLICATION_KINDS,
  applicationDataSchema,
  SITE_INTRO_MAX,
  type ApplicationDraft,
} from '../../../shared/applications/application';
import type { Check } from '../../../shared/applications/checks';
import { FUNCTIONS_MAX, SYSTEM_CATEGORY_LABELS } from '../../../shared/units/unit';
import { checkCnDomain } from '../../../shared/validation/domains';
import { api } from '../../api/client';
import { CharCountTextarea } from '../../components/CharCountTextarea';
import { ChecksPanel } from '../../components/ChecksPanel';
import { InfoTable } from '../../components/InfoTable';
import { clearFormProblem, reportError, showFirstError, showFormProblem } from '../../forms/errors';
import { useUnsavedGuard } from '../../forms/useUnsavedGuard';
import { formatPhone } from '../../format';
import { useShortcut } from '../../shortcuts/Shortcuts';

export function draftFromUnit(unit: UnitView): ApplicationDraft {
  return {
    kind: null,
    functions: unit.functions,
    handler: { phone: unit.handler.phone, phoneExt: unit.handler.phoneExt, mobile: unit.handler.mobile, email: unit.handler.email },
    siteManager: { phone: '', phoneExt: '', mobile: '', email: '' },
    siteName: '',
    cnDomain: '',
    redPage: false,
    enDomain: '',
    ipv4: '',
    ipv6: '',
    siteIntro: '',
  };
}

interface Props {
  unit: UnitView;
  applicationId: string | null;
  /** The submitted version this form builds on (0 = none yet). */
  baseVersion: number;
  initial: ApplicationDraft;
  onDone(applicationId: string): void;
  onCancel(): void;
}

/**
 * 网站开办与资格复核-申请 (seed figures 16–17), entered by a clerk. A draft saves whatever is typed; submitting checks
 * every field and records the next version.
 */
export function ApplicationForm({ unit, applicationId: initialId, baseVersion, initial, onDone, onCancel }: Props) {
  const [applicationId, setApplicationId] = useState(initialId);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [checks, setChecks] = useState<Check[] | null>(null);
  const form = useForm<ApplicationDraft>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(applicationDataSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  const guard = useUnsavedGuard(() => form.isDirty());
  const [watched] = useDebouncedValue(JSON.stringify(form.values), 500);
  useEffect(() => {
    api
      .call('applications.check', { unitId: unit.id, applicationId, draft: JSON.parse(watched) })
      .then(setChecks, () => setChecks(null));
  }, [watched, unit.id, applicationId]);

  const saveDraft = async () => {
    setBusy('draft');
    try {
      const saved = await api.call('applications.saveDraft', { applicationId, unitId: unit.id, draft: form.values });
      setApplicationId(saved.applicationId);
      form.resetDirty();
      notifications.show({ color: 'green', message: '草稿已保存。' });
    } catch (error) {
      reportError(error, form, 'draft.');
    } finally {
      setBusy(null);
    }
  };

  const submit = form.onSubmit(
    async (values) => {
      setBusy('submit');
      try {
        const result = await api.call('applications.submit', {
          applicationId,
          unitId: unit.id,
          data: { ...values, kind: values.kind! },
          expectedVersion: baseVersion,
        });
        notifications.show({
          color: 'green',
          message: `已提交，申请序号 ${result.serialNo}${result.version > 1 ? `（第 ${result.version} 版）` : ''}。`,
        });
        clearFormProblem();
        guard.release();
        onDone(result.applicationId);
      } catch (error) {
        reportError(error, form, 'data.');
        showFirstError();
      } finally {
        setBusy(null);
      }
    },
    () => showFormProblem('尚不能提交', '请按红字提示修改后再提交；也可以先保存草稿。'),
  );

  useShortcut('mod+S', '保存草稿', () => void saveDraft());
  useShortcut('mod+Enter', '提交申请', () => submit());

  const cn = form.values.cnDomain ? checkCnDomain(form.values.cnDomain) : null;
  const contact = (prefix: 'handler' | 'siteManager', labels: { phone: string; mobile: string; email: string }, hint?: string) => (
    <Grid>
      <Grid.Col span={5}>
        <TextInput label={labels.phone} description={hint ?? T.handlerPhone.hint} withAsterisk {...form.getInputProps(`${prefix}.phone`)} />
      </Grid.Col>
      <Grid.Col span={2}>
        <TextInput label="分机号" {...form.getInputProps(`${prefix}.phoneExt`)} />
      </Grid.Col>
      <Grid.Col span={5}>
        <TextInput label={labels.mobile} withAsterisk {...form.getInputProps(`${prefix}.mobile`)} />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput label={labels.email} withAsterisk {...form.getInputProps(`${prefix}.email`)} />
      </Grid.Col>
    </Grid>
  );

  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Card withBorder bg="gray.0">
              <Title order={5} mb={4}>
                单位基本信息
              </Title>
              <InfoTable
                labelWidth={120}
                rows={[
                  ['开办主体名称', unit.name],
                  ['单位类型（系统类别）', SYSTEM_CATEGORY_LABELS[unit.systemCategory]],
                  ['通讯地址', unit.address],
                  ['经办人', `${unit.handler.name}（${formatPhone(unit.handler.phone, unit.handler.phoneExt)}）`],
                ]}
              />
            </Card>
            <CharCountTextarea label={T.functions.label} description={T.functions.hint} max={FUNCTIONS_MAX} withAsterisk {...form.getInputProps('functions')} />
            {contact('handler', { phone: T.handlerPhone.label, mobile: T.handlerMobile.label, email: T.handlerEmail.label })}
            <Text size="sm" c="dimmed">
              {T.siteManagerPhone.hint}
            </Text>
            {contact('siteManager', { phone: T.siteManagerPhone.label, mobile: T.siteManagerMobile.label, email: T.siteManagerEmail.label })}

            <Divider />
            <Radio.Group label={T.kind.label} withAsterisk {...form.getInputProps('kind')}>
              <Stack gap={6} mt="xs">
                {APPLICATION_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={APPLICATION_KIND_LABELS[kind]} description={APPLICATION_KIND_HINTS[kind]} />
                ))}
              </Stack>
            </Radio.Group>

            <Divider label="网站信息" labelPosition="left" />
            <TextInput label={T.siteName.label} description={T.siteName.hint} withAsterisk {...form.getInputProps('siteName')} />
            <TextInput
              label={T.cnDomain.label}
              description={cn?.ok ? `${T.cnDomain.hint}；国际化编码：${cn.ascii}` : T.cnDomain.hint}
              withAsterisk
              {...form.getInputProps('cnDomain')}
            />
            <Checkbox label={T.redPage.label} description={T.redPage.hint} {...form.getInputProps('redPage', { type: 'checkbox' })} />
            {!form.values.redPage && (
              <>
                <TextInput label={T.enDomain.label} description={T.enDomain.hint} withAsterisk {...form.getInputProps('enDomain')} />
                <Grid>
                  <Grid.Col span={6}>
                    <TextInput label={T.ipv4.label} description={T.ipv4.hint} withAsterisk {...form.getInputProps('ipv4')} />
                  </Grid.Col>
                  <Grid.Col span={6}>
                    <TextInput label={T.ipv6.label} description="选填" {...form.getInputProps('ipv6')} />
                  </Grid.Col>
                </Grid>
              </>
            )}
            <CharCountTextarea label={T.siteIntro.label} description={T.siteIntro.hint} max={SITE_INTRO_MAX} withAsterisk {...form.getInputProps('siteIntro')} />

            {baseVersion > 0 && (
              <Alert color="blue" variant="light">
                这是对第 {baseVersion} 版的修改：提交后成为第 {baseVersion + 1} 版，申请序号不变，此前各版本保留可查。
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                返回
              </Button>
              <Button variant="light" loading={busy === 'draft'} onClick={() => void saveDraft()}>
                保存草稿
              </Button>
              <Button type="submit" loading={busy === 'submit'}>
                提交申请
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <div style={{ position: 'sticky', top: 72 }}>
            <ChecksPanel checks={checks} />
          </div>
        </Grid.Col>
      </Grid>
    </form>
  );
}
