import { notifications } from '@mantine/notifications';
import { ApiCallError } from '../api/client';

interface FormLike {
  setErrors(errors: Record<string, string>): void;
}

/**
 * Shows a failed call to the user: field messages go next to their fields (the form keeps what was typed), the
 * overall message goes to a notification. `fieldPrefix` strips the envelope a method wraps the form in
 * ("data." of units.update → the form's own paths).
 */
export function reportError(error: unknown, form?: FormLike, fieldPrefix = ''): void {
  if (error instanceof ApiCallError) {
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([path, message]) => [path.startsWith(fieldPrefix) ? path.slice(fieldPrefix.length) : path, message]),
    );
    if (form && Object.keys(fields).length > 0) form.setErrors(fields);
    notifications.show({ color: 'red', title: '操作未完成', message: error.message });
    return;
  }
  notifications.show({ color: 'red', title: '操作未完成', message: '发生意外错误，请重试。' });
  console.error(error);
}

const FORM_PROBLEM = 'form-problem';

/** "尚不能保存": one notice at a time for a form that failed validation, withdrawn once it saves. */
export function showFormProblem(title: string, message: string): void {
  notifications.hide(FORM_PROBLEM);
  notifications.show({ id: FORM_PROBLEM, color: 'red', title, message });
  showFirstError();
}

export function clearFormProblem(): void {
  notifications.hide(FORM_PROBLEM);
}

/** Brings the first field marked in error into view, after React has drawn the messages. */
export function showFirstError(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[data-error="true"], [aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  });
}
