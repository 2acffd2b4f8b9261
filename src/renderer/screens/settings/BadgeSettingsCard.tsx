import { ActionIcon, Button, Card, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { contract, type Settings } from '../../../shared/api';
import { badgeRegionNumbers } from '../../../shared/badges/regions';
import { z } from '../../../shared/zod';
import { RegionPicker } from '../../forms/RegionPicker';
import { useSettingsForm } from './useSettingsForm';

const input = contract['settings.update'].input.shape;
const schema = z.object({ badgeScriptBase: input.badgeScriptBase.unwrap(), badgeRegions: input.badgeRegions.unwrap(), badgeCheckNetwork: input.badgeCheckNetwork.unwrap() });

/**
 * 网站标识: where the snippet loads its script (CONAC's server or an intranet mirror), and CONAC's numbers for
 * regions (PP / CCC / DDDD of codes issued here), which otherwise are guessed from the region codes.
 */
export function BadgeSettingsCard({ settings }: { settings: Settings }) {
  const { form, submit, saving } = useSettingsForm(
    { badgeScriptBase: settings.badgeScriptBase, badgeRegions: settings.badgeRegions, badgeCheckNetwork: settings.badgeCheckNetwork },
    schema,
    '网站标识设置已保存，此后发放的标识按新的编号生成。',
  );
  const rows = form.getValues().badgeRegions;
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>网站标识</Title>
          <TextInput label="标识脚本地址" description="默认为政务和公益机构域名注册管理中心的 http://dcs.conac.cn/js/；使用内网镜像时填写镜像地址。" {...form.getInputProps('badgeScriptBase')} />
          <Switch
            label="挂标检测可联网打开网站（仅在本机能访问互联网或内网网站时开启）"
            {...form.getInputProps('badgeCheckNetwork', { type: 'checkbox' })}
          />
          <Text size="sm" fw={500}>
            地区编号（标识编号中的省 PP、市 CCC、县 DDDD）
          </Text>
          <Text size="xs" c="dimmed">
            未配置的地区按行政区划代码推定；请按政务和公益机构域名注册管理中心下发的编号填写。下级地区使用最近的上级地区配置。
          </Text>
          {rows.map((row, i) => (
            <Group key={i} align="flex-start" wrap="nowrap" data-testid={`badge-region-${i}`}>
              <div style={{ flex: 2 }}>
                <RegionPicker
                  label={`地区 ${i + 1}`}
                  value={row.regionCode || null}
                  onChange={(code) => {
                    const guess = code ? badgeRegionNumbers(code, []) : null;
                    form.setFieldValue(`badgeRegions.${i}`, { regionCode: code ?? '', pp: guess?.pp ?? '', ccc: guess?.ccc ?? '', dddd: guess?.dddd ?? '' });
                  }}
                  error={form.errors[`badgeRegions.${i}.regionCode`] as string | undefined}
                />
              </div>
              <TextInput label="PP" w={70} {...form.getInputProps(`badgeRegions.${i}.pp`)} />
              <TextInput label="CCC" w={80} {...form.getInputProps(`badgeRegions.${i}.ccc`)} />
              <TextInput label="DDDD" w={90} {...form.getInputProps(`badgeRegions.${i}.dddd`)} />
              <ActionIcon mt={28} variant="subtle" color="gray" aria-label={`删除地区 ${i + 1}`} onClick={() => form.removeListItem('badgeRegions', i)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('badgeRegions', { regionCode: '', pp: '', ccc: '', dddd: '' })}>
              增加地区
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
