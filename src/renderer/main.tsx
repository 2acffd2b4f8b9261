import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import { createTheme, MantineProvider, PasswordInput } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router-dom';
import { App } from './App';
import { SessionProvider } from './session/SessionContext';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { ShortcutsProvider } from './shortcuts/Shortcuts';

dayjs.locale('zh-cn');

const theme = createTheme({
  primaryColor: 'red',
  fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
  headings: { fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif' },
  components: {
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': '显示或隐藏密码' } },
    }),
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'zh-cn', firstDayOfWeek: 1 }}>
      <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
        <Notifications position="bottom-right" />
        <ErrorBoundary>
          <HashRouter>
            <SessionProvider>
              <ShortcutsProvider>
                <App />
              </ShortcutsProvider>
            </SessionProvider>
          </HashRouter>
        </ErrorBoundary>
      </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
