import { Group, Select, Stack, Text } from '@mantine/core';
import { findRegion, pickableChildren, topRegions, type Region } from '../../shared/regions/regions';

interface Props {
  label: string;
  description?: string;
  value: string | null;
  onChange(code: string | null): void;
  error?: string;
  required?: boolean;
  onBlur?(): void;
}

/** The online platform's region picker: 中央和国家机关 / province / 兵团, then city, then county (both optional). */
export function RegionPicker({ label, description, value, onChange, error, required, onBlur }: Props) {
  // The chosen code's ancestors as a person sees them: 北京市 → 东城区, without the 市辖区 grouping row.
  const chain: string[] = [];
  for (let r: Region | undefined = value ? findRegion(value) : undefined; r; r = r.parentCode ? findRegion(r.parentCode) : undefined) {
    if (!r.parentCode || pickableChildren(r.parentCode).some((c) => c.code === r!.code)) chain.unshift(r.code);
  }
  const [top = null, city = null, county = null] = chain;
  const toOptions = (list: { code: string; name: string }[]) => list.map((r) => ({ value: r.code, label: r.name }));
  const cities = top ? pickableChildren(top) : [];
  const counties = city ? pickableChildren(city) : [];

  return (
    <Stack gap={4}>
    <Group grow align="flex-start">
      <Select
        label={label}
        withAsterisk={required}
        placeholder="请选择"
        searchable
        data={toOptions(topRegions)}
        value={top}
        clearable
        onChange={(code) => onChange(code)}
        onBlur={onBlur}
        error={error}
        nothingFoundMessage="没有匹配的区域"
      />
      <Select
        label="市（可选）"
        placeholder={cities.length ? '全部' : '无下级'}
        disabled={!cities.length}
        searchable
        clearable
        data={toOptions(cities)}
        value={city}
        onChange={(code) => onChange(code ?? top)}
        nothingFoundMessage="没有匹配的市"
      />
      <Select
        label="区、县（可选）"
        placeholder={counties.length ? '全部' : '无下级'}
        disabled={!counties.length}
        searchable
        clearable
        data={toOptions(counties)}
        value={county}
        onChange={(code) => onChange(code ?? city)}
        nothingFoundMessage="没有匹配的区县"
      />
    </Group>
      {description && (
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      )}
    </Stack>
  );
}
