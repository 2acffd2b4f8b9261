import { ActionIcon, Button, Card, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Settings } from '../../../shared/api';
import { checklistSchema, type ChecklistItem } from '../../../shared/paper/checklist';
import { findRegion, pickableChildren, topRegions } from '../../../shared/regions/regions';
import { SYSTEM_CATEGORIES, SYSTEM_CATEGORY_LABELS } from '../../../shared/units/unit';
import { z } from '../../../shared/zod';
import { useQuery } from '../../api/useQuery';
import { useSettingsForm } from './useSettingsForm';

const schema = z.object({ paperChecklist: checklistSchema });
const CATEGORY_OPTIONS = SYSTEM_CATEGORIES.map((c) => ({ value: c, label: SYSTEM_CATEGORY_LABELS[c] }));

/** 书面材料清单: what the clerk ticks at check-in; an item may apply only to some system categories or regions. */
export function ChecklistCard({ settings }: { settings: Settings }) {
  const { form, submit, saving } = useSettingsForm({ paperChecklist: settings.paperChecklist }, schema, '书面材料清单已保存，之后的登记按新清单核对。');
  const info = useQuery('system.info', {});
  // The regions an office names: every province-level entry, and the places under this workstation's own region.
  const own = info.data?.regionCode ? findRegion(info.data.regionCode) : undefined;
  const regionOptions = [
    ...(own ? pickableChildren(own.code).map((r) => ({ value: r.code, label: `${own.name} / ${r.name}` })) : []),
    ...topRegions.map((r) => ({ value: r.code, label: r.name })),
  ];
  const items = form.getValues().paperChecklist;
  const add = () =>
    form.insertListItem('paperChecklist', { code: `item${Date.now().toString(36)}`, label: '', systemCategories: [], regionCodes: [] } satisfies ChecklistItem);

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>书面材料清单</Title>
          <Text size="sm" c="dimmed">
            登记书面材料时逐项核对；全部具备才转入审核，否则要求补正。“适用”留空表示所有单位。已登记的记录保留当时的表述。
          </Text>
          {items.map((item, i) => (
            <Group key={item.code} align="flex-start" wrap="nowrap" data-testid={`checklist-item-${i}`}>
              <TextInput label={i === 0 ? '材料' : undefined} aria-label={`材料 ${i + 1}`} style={{ flex: 3 }} {...form.getInputProps(`paperChecklist.${i}.label`)} />
              <MultiSelect
                label={i === 0 ? '适用系统类别' : undefined}
                aria-label={`材料 ${i + 1} 适用系统类别`}
                placeholder={item.systemCategories.length ? undefined : '全部'}
                data={CATEGORY_OPTIONS}
                style={{ flex: 1 }}
                {...form.getInputProps(`paperChecklist.${i}.systemCategories`)}
              />
              <MultiSelect
                label={i === 0 ? '适用地区' : undefined}
                aria-label={`材料 ${i + 1} 适用地区`}
                placeholder={item.regionCodes.length ? undefined : '全部'}
                data={regionOptions}
                searchable
                style={{ flex: 1 }}
                {...form.getInputProps(`paperChecklist.${i}.regionCodes`)}
              />
              <ActionIcon mt={i === 0 ? 28 : 4} variant="subtle" color="gray" aria-label={`删除材料 ${i + 1}`} onClick={() => form.removeListItem('paperChecklist', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {form.errors.paperChecklist && <Text c="red" size="sm">{form.errors.paperChecklist}</Text>}
          <Group>
            <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={add}>
              增加一项
            </Button>
            <Button type="submit" loading={saving}>
              保存
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
