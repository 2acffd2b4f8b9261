import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import { createTheme, MantineProvider, MultiSelect, NumberInput, PasswordInput, Select, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { App } from './App';
import { SessionProvider } from './session/SessionContext';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { ShortcutsProvider } from './shortcuts/Shortcuts';

dayjs.locale('zh-cn');

const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

const theme = createTheme({
  // Blue for actions and focus, so that a focused field never looks like one in error (errors are red).
  primaryColor: 'blue',
  fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
  headings: { fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif' },
  components: {
    // Hints go under the field, so that fields in one row line up whatever their hints.
    TextInput: TextInput.extend({ defaultProps: { inputWrapperOrder: BELOW } }),
    NumberInput: NumberInput.extend({ defaultProps: { inputWrapperOrder: BELOW, clampBehavior: 'none' } }),
    Textarea: Textarea.extend({ defaultProps: { inputWrapperOrder: BELOW } }),
    Select: Select.extend({ defaultProps: { inputWrapperOrder: BELOW } }),
    MultiSelect: MultiSelect.extend({ defaultProps: { inputWrapperOrder: BELOW } }),
    PasswordInput: PasswordInput.extend({
      defaultProps: { inputWrapperOrder: BELOW, visibilityToggleButtonProps: { 'aria-label': '显示或隐藏密码' } },
    }),
    DatePickerInput: DatePickerInput.extend({
      defaultProps: { inputWrapperOrder: BELOW, monthLabelFormat: 'YYYY年M月', yearLabelFormat: 'YYYY年', monthsListFormat: 'M月' },
    }),
  },
});

// A data router, so that forms can ask before a navigation drops unsaved input (useBlocker); the screens' own
// routes live in shell/Layout.
const router = createHashRouter([
  {
    path: '*',
    element: (
      <SessionProvider>
        <ShortcutsProvider>
          <App />
        </ShortcutsProvider>
      </SessionProvider>
    ),
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
      <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
        <Notifications position="top-center" limit={3} autoClose={4000} />
        <ErrorBoundary>
          <RouterProvider router={router} />
        </ErrorBoundary>
      </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
