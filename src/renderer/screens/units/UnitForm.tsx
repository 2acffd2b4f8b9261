import { Button, Divider, Grid, Group, Radio, Stack, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { UnitView } from '../../../shared/api';
import type { Check } from '../../../shared/applications/checks';
import {
  emptyUnitInput,
  FUNCTIONS_MAX,
  REGION_LEVEL_LABELS,
  regionLevelOf,
  SYSTEM_CATEGORIES,
  SYSTEM_CATEGORY_LABELS,
  UNIT_FIELD_TEXT as T,
  unitInputSchema,
  type UnitInput,
} from '../../../shared/units/unit';
import { api } from '../../api/client';
import { ChecksPanel } from '../../components/ChecksPanel';
import { CharCountTextarea } from '../../components/CharCountTextarea';
import { clearFormProblem, reportError, showFirstError, showFormProblem } from '../../forms/errors';
import { useUnsavedGuard } from '../../forms/useUnsavedGuard';
import { RegionPicker } from '../../forms/RegionPicker';
import { useShortcut } from '../../shortcuts/Shortcuts';

function fromView(unit: UnitView): UnitInput {
  return {
    regionCode: unit.regionCode,
    name: unit.name,
    systemCategory: unit.systemCategory,
    superiorUnit: unit.superiorUnit,
    address: unit.address,
    postcode: unit.postcode,
    functions: unit.functions,
    creditCode: unit.creditCode,
    // ID numbers never come back from the main process: empty means "keep what is registered".
    head: { name: unit.head.name, idNumber: '' },
    handler: { ...unit.handler, idNumber: '' },
  };
}

/** 注册单位信息 + 注册人信息, entered at the workstation (代录入) or edited. */
export function UnitForm({ unit, onSaved, onCancel }: { unit: UnitView | null; onSaved(unit: UnitView): void; onCancel(): void }) {
  const [saving, setSaving] = useState(false);
  const [checks, setChecks] = useState<Check[] | null>(null);
  const form = useForm<UnitInput>({
    mode: 'controlled',
    initialValues: unit ? fromView(unit) : emptyUnitInput(),
    validate: schemaResolver(unitInputSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  const guard = useUnsavedGuard(() => form.isDirty());
  const v = form.values;
  const [watched] = useDebouncedValue(
    JSON.stringify({ name: v.name, regionCode: v.regionCode, creditCode: v.creditCode, head: v.head, handler: { name: v.handler.name, idNumber: v.handler.idNumber } }),
    400,
  );
  useEffect(() => {
    const facts = JSON.parse(watched);
    if (!facts.name && !facts.creditCode && !facts.handler.idNumber) return;
    api
      .call('units.check', {
        unitId: unit?.id ?? null,
        name: facts.name,
        regionCode: facts.regionCode,
        creditCode: facts.creditCode,
        head: { name: facts.head.name, idNumber: facts.head.idNumber },
        handler: facts.handler,
      })
      .then(setChecks, () => setChecks(null));
  }, [watched, unit?.id]);

  const save = form.onSubmit(
    async (values) => {
      setSaving(true);
      try {
        const saved = unit ? await api.call('units.update', { unitId: unit.id, data: values }) : await api.call('units.create', values);
        clearFormProblem();
        guard.release();
        onSaved(saved);
      } catch (error) {
        reportError(error, form, unit ? 'data.' : '');
        showFirstError();
      } finally {
        setSaving(false);
      }
    },
    () => showFormProblem('尚不能保存', '请按红字提示修改后再保存。'),
  );
  useShortcut('mod+S', '保存单位信息', () => save());

  const idPlaceholder = (masked: string) => (masked ? `已登记：${masked}（留空表示不变）` : '');

  return (
    <form onSubmit={save} noValidate>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Title order={4}>注册单位信息</Title>
            <RegionPicker
              label={T.regionCode.label}
              description={v.regionCode ? `${T.regionCode.hint}（当前：${REGION_LEVEL_LABELS[regionLevelOf(v.regionCode)]}）` : T.regionCode.hint}
              required
              value={v.regionCode || null}
              onChange={(code) => form.setFieldValue('regionCode', code ?? '')}
              onBlur={() => form.validateField('regionCode')}
              error={form.errors.regionCode as string | undefined}
            />
            <TextInput label={T.name.label} description={T.name.hint} withAsterisk {...form.getInputProps('name')} />
            <Radio.Group label={T.systemCategory.label} withAsterisk {...form.getInputProps('systemCategory')}>
              <Group mt="xs">
                {SYSTEM_CATEGORIES.map((c) => (
                  <Radio key={c} value={c} label={SYSTEM_CATEGORY_LABELS[c]} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput label={T.superiorUnit.label} {...form.getInputProps('superiorUnit')} />
            <Grid>
              <Grid.Col span={9}>
                <TextInput label={T.address.label} description={T.address.hint} withAsterisk {...form.getInputProps('address')} />
              </Grid.Col>
              <Grid.Col span={3}>
                <TextInput label={T.postcode.label} withAsterisk maxLength={6} {...form.getInputProps('postcode')} />
              </Grid.Col>
            </Grid>
            <CharCountTextarea label={T.functions.label} description={T.functions.hint} max={FUNCTIONS_MAX} withAsterisk {...form.getInputProps('functions')} />
            <TextInput label={T.creditCode.label} description={T.creditCode.hint} {...form.getInputProps('creditCode')} />

            <Divider my="xs" />
            <Title order={4}>注册人信息</Title>
            <Grid>
              <Grid.Col span={4}>
                <TextInput label={T.headName.label} {...form.getInputProps('head.name')} />
              </Grid.Col>
              <Grid.Col span={8}>
                <TextInput label={T.headIdNumber.label} placeholder={idPlaceholder(unit?.head.idNumberMasked ?? '')} {...form.getInputProps('head.idNumber')} />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextInput label={T.handlerName.label} withAsterisk {...form.getInputProps('handler.name')} />
              </Grid.Col>
              <Grid.Col span={8}>
                <TextInput label={T.handlerIdNumber.label} placeholder={idPlaceholder(unit?.handler.idNumberMasked ?? '')} {...form.getInputProps('handler.idNumber')} />
              </Grid.Col>
              <Grid.Col span={8}>
                <TextInput label={T.handlerPhone.label} description={T.handlerPhone.hint} withAsterisk {...form.getInputProps('handler.phone')} />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextInput label="分机号" {...form.getInputProps('handler.phoneExt')} />
              </Grid.Col>
              <Grid.Col span={8}>
                <TextInput label={T.handlerFax.label} description={T.handlerFax.hint} {...form.getInputProps('handler.fax')} />
              </Grid.Col>
              <Grid.Col span={4}>
                <TextInput label="传真分机号" {...form.getInputProps('handler.faxExt')} />
              </Grid.Col>
              <Grid.Col span={6}>
                <TextInput label={T.handlerMobile.label} description={T.handlerMobile.hint} withAsterisk {...form.getInputProps('handler.mobile')} />
              </Grid.Col>
              <Grid.Col span={6}>
                <TextInput label={T.handlerEmail.label} description={T.handlerEmail.hint} withAsterisk {...form.getInputProps('handler.email')} />
              </Grid.Col>
            </Grid>
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                取消
              </Button>
              <Button type="submit" loading={saving}>
                {unit ? '保存修改' : '登记单位'}
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
