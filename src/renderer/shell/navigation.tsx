import { IconHome, IconSettings, IconUsers } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { HomeScreen } from '../screens/home/HomeScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { UsersScreen } from '../screens/users/UsersScreen';

export interface Screen {
  path: string;
  label: string;
  icon: ReactNode;
  /** Who sees the screen; empty = every signed-in user. The main process checks each method again. */
  roles: Role[];
  component: ComponentType;
}

/** Every screen that works today; the navigation lists those the user's roles allow. */
export const SCREENS: Screen[] = [
  { path: '/', label: '工作台', icon: <IconHome size={18} />, roles: [], component: HomeScreen },
  { path: '/users', label: '用户管理', icon: <IconUsers size={18} />, roles: ['admin'], component: UsersScreen },
  { path: '/settings', label: '系统设置', icon: <IconSettings size={18} />, roles: ['admin'], component: SettingsScreen },
];
