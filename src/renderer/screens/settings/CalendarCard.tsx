import { ActionIcon, Alert, Badge, Button, Card, FileButton, Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconRestore } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';

const SOURCE_LABELS = { official: '国务院安排', override: '本机调整', weekday: '' } as const;

/** 工作日历: the year's holidays and 调休 days, the admin's adjustments, and import of a new year. */
export function CalendarCard() {
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const calendar = useQuery('calendar.year', { year });
  const [date, setDate] = useState<string | null>(null);
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [name, setName] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const addDay = async () => {
    if (!date) {
      setFieldErrors({ date: '请选择日期' });
      return;
    }
    try {
      await api.call('calendar.setDays', { days: [{ date, kind, name }] });
      setFieldErrors({});
      setDate(null);
      setName('');
      notifications.show({ color: 'green', message: `已将 ${date} 设为${kind === 'holiday' ? '休息日' : '上班日'}。` });
      void calendar.reload();
    } catch (error) {
      reportError(error, { setErrors: setFieldErrors }, 'days.0.');
    }
  };

  const restore = async (day: string) => {
    try {
      await api.call('calendar.clearDays', { dates: [day] });
      void calendar.reload();
    } catch (error) {
      reportError(error);
    }
  };

  const importFile = async (file: File | null) => {
    if (!file) return;
    try {
      const result = await api.call('calendar.import', { content: await file.text() });
      notifications.show({ color: 'green', message: `已导入 ${result.imported} 天（${result.years.join('、')} 年）。` });
      void calendar.reload();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>工作日历</Title>
          <SegmentedControl
            value={String(year)}
            onChange={(v) => setYear(Number(v))}
            data={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: String(y), label: `${y} 年` }))}
          />
        </Group>
        {calendar.data && !calendar.data.known && (
          <Alert color="orange" title={`尚无 ${year} 年的节假日安排`}>
            目前只按周末计算工作日。国务院公布安排后，请导入日历文件或逐日调整，否则办理时限会算错。
          </Alert>
        )}
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>日期</Table.Th>
              <Table.Th>安排</Table.Th>
              <Table.Th>名称</Table.Th>
              <Table.Th>来源</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(calendar.data?.days ?? []).map((d) => (
              <Table.Tr key={d.date}>
                <Table.Td>
                  {d.date}（{['日', '一', '二', '三', '四', '五', '六'][dayjs(d.date).day()]}）
                </Table.Td>
                <Table.Td>
                  <Badge color={d.kind === 'holiday' ? 'red' : 'blue'} variant="light">
                    {d.kind === 'holiday' ? '休' : '班'}
                  </Badge>
                </Table.Td>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={d.source === 'override' ? 'orange' : 'dimmed'}>
                    {SOURCE_LABELS[d.source]}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {d.source === 'override' && (
                    <ActionIcon variant="subtle" aria-label={`撤销 ${d.date} 的调整`} onClick={() => void restore(d.date)}>
                      <IconRestore size={16} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-end">
          <DatePickerInput label="调整日期" placeholder="选择日期" value={date} onChange={setDate} valueFormat="YYYY-MM-DD" w={170} error={fieldErrors.date} clearable />
          <Select label="设为" data={[{ value: 'holiday', label: '休息日' }, { value: 'workday', label: '上班日（调休）' }]} value={kind} onChange={(v) => setKind((v as typeof kind) ?? 'holiday')} w={150} allowDeselect={false} />
          <TextInput label="名称" placeholder="如：春节" value={name} onChange={(e) => setName(e.currentTarget.value)} error={fieldErrors.name} w={160} />
          <Button variant="light" onClick={() => void addDay()}>
            保存调整
          </Button>
          <FileButton onChange={(file) => void importFile(file)} accept="application/json,.json">
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileImport size={16} />}>
                导入日历文件
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="xs" c="dimmed">
          日历文件为 JSON：chinese-days 格式（{'{"holidays": {"2027-01-01": "元旦"}, "workdays": {…}}'}）或 [{'{date, kind, name}'}] 列表。
        </Text>
      </Stack>
    </Card>
  );
}
