import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExportFormat } from '../../shared/exports/names';
import type { ExportRequestInput } from '../../shared/exports/request';
import { api, ApiCallError } from '../api/client';
import { saveFile } from '../files';

type ListRequest = Omit<ExportRequestInput, 'format'>;

/**
 * 导出 Excel / CSV of a list with the filters on screen: every matching row, not only the page shown. The main
 * process writes the file; progress shows while it does.
 */
export function ExportButton({ request, disabled }: { request: ListRequest; disabled?: boolean }) {
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    const id = `export-${Date.now()}`;
    notifications.show({ id, loading: true, autoClose: false, withCloseButton: false, message: '正在导出……' });
    try {
      const { jobId } = await api.call('exports.start', { ...request, format } as ExportRequestInput);
      for (;;) {
        const progress = await api.call('exports.progress', { jobId });
        if (progress.state === 'failed') throw new ApiCallError({ code: 'INTERNAL', message: progress.error ?? '导出失败，请重试。' });
        if (progress.state === 'done') break;
        notifications.update({ id, loading: true, autoClose: false, message: `正在导出 ${progress.rows.toLocaleString('zh-CN')} / ${progress.total.toLocaleString('zh-CN')} 条……` });
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      const { fileName, contentBase64 } = await api.call('exports.take', { jobId });
      saveFile(fileName, { base64: contentBase64 });
      notifications.update({ id, color: 'green', loading: false, autoClose: 4000, withCloseButton: true, message: `已导出：${fileName}` });
    } catch (error) {
      notifications.update({ id, color: 'red', loading: false, autoClose: 6000, withCloseButton: true, title: '导出未完成', message: error instanceof ApiCallError ? error.message : '导出失败，请重试。' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} rightSection={<IconChevronDown size={14} />} loading={busy} disabled={disabled}>
          导出
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('xlsx')}>导出 Excel（全部符合条件的记录）</Menu.Item>
        <Menu.Item onClick={() => void run('csv')}>导出 CSV（UTF-8，供其他软件使用）</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
