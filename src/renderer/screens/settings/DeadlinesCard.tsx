import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { contract, type Settings } from '../../../shared/api';
import { z } from '../../../shared/zod';
import { useSettingsForm } from './useSettingsForm';

const schema = z.object({ deadlineDays: contract['settings.update'].input.shape.deadlineDays.unwrap() });

/** 办理时限: working days allowed for each stage. */
export function DeadlinesCard({ settings }: { settings: Settings }) {
  const { form, submit, saving } = useSettingsForm(
    { deadlineDays: settings.deadlineDays },
    schema,
    '办理时限已保存，各申请的截止日期随之更新。',
  );
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={4}>办理时限</Title>
          <Text size="sm" c="dimmed">
            按工作日计算（节假日不计，调休上班日计入），从次日起算。
          </Text>
          <Group grow>
            <NumberInput label="初审（自提交起）" suffix=" 个工作日" min={1} max={60} {...form.getInputProps('deadlineDays.initialReview')} />
            <NumberInput label="书面材料审核（自登记起）" suffix=" 个工作日" min={1} max={60} {...form.getInputProps('deadlineDays.paperReview')} />
            <NumberInput label="挂标（自发放标识起）" suffix=" 个工作日" min={1} max={60} {...form.getInputProps('deadlineDays.badgeInstall')} />
          </Group>
          <Button type="submit" w="fit-content" loading={saving}>
            保存
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
