import { Alert, Center, Loader } from '@mantine/core';
import { LoginScreen } from './screens/login/LoginScreen';
import { SetupScreen } from './screens/setup/SetupScreen';
import { useSession } from './session/SessionContext';
import { Layout } from './shell/Layout';

export function App() {
  const { phase } = useSession();
  switch (phase) {
    case 'loading':
      return (
        <Center mih="100vh">
          <Loader />
        </Center>
      );
    case 'unavailable':
      return (
        <Center mih="100vh">
          <Alert color="red" title="无法连接工作站服务">
            请确认工作站程序仍在运行，然后刷新本页。
          </Alert>
        </Center>
      );
    case 'setup':
      return <SetupScreen />;
    case 'signedOut':
      return <LoginScreen />;
    case 'signedIn':
      return <Layout />;
  }
}
