import { notifications } from '@mantine/notifications';
import { ApiCallError } from '../api/client';

interface FormLike {
  setErrors(errors: Record<string, string>): void;
}

/**
 * Shows a failed call to the user: field messages go next to their fields (the form keeps what was typed), the
 * overall message goes to a notification.
 */
export function reportError(error: unknown, form?: FormLike): void {
  if (error instanceof ApiCallError) {
    if (form && Object.keys(error.fields).length > 0) form.setErrors(error.fields);
    notifications.show({ color: 'red', title: '操作未完成', message: error.message });
    return;
  }
  notifications.show({ color: 'red', title: '操作未完成', message: '发生意外错误，请重试。' });
  console.error(error);
}
