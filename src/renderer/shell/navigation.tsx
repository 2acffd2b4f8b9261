import { IconArrowsExchange, IconBarcode, IconBuildingCommunity, IconCertificate, IconListDetails, IconFileSearch, IconHistory, IconHome, IconMail, IconSettings, IconUsers } from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import type { Role } from '../../shared/roles';
import { ApplicationDetailScreen } from '../screens/applications/ApplicationDetailScreen';
import { ApplicationEditScreen } from '../screens/applications/ApplicationEditScreen';
import { QueryScreen } from '../screens/applications/QueryScreen';
import { CheckInScreen } from '../screens/paper/CheckInScreen';
import { BadgesScreen } from '../screens/badges/BadgesScreen';
import { ListingScreen } from '../screens/listing/ListingScreen';
import { VerificationScreen } from '../screens/listing/VerificationScreen';
import { AuditScreen } from '../screens/audit/AuditScreen';
import { HomeScreen } from '../screens/home/HomeScreen';
import { NoticesScreen } from '../screens/notices/NoticesScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { SyncScreen } from '../screens/sync/SyncScreen';
import { UnitDetailScreen } from '../screens/units/UnitDetailScreen';
import { UnitEditScreen } from '../screens/units/UnitEditScreen';
import { UnitsScreen } from '../screens/units/UnitsScreen';
import { UsersScreen } from '../screens/users/UsersScreen';

export interface Screen {
  path: string;
  /** Shown in the navigation when set; screens without a label are reached from others. */
  label?: string;
  icon?: ReactNode;
  /** Who may open the screen; empty = every signed-in user. The main process checks each method again. */
  roles: Role[];
  component: ComponentType;
}

const READERS: Role[] = ['reviewer', 'clerk', 'admin'];

/** Every screen that works today; the navigation lists those the user's roles allow. */
export const SCREENS: Screen[] = [
  { path: '/', label: '工作台', icon: <IconHome size={18} />, roles: [], component: HomeScreen },
  { path: '/applications', label: '申请查询', icon: <IconFileSearch size={18} />, roles: READERS, component: QueryScreen },
  { path: '/applications/:applicationId', roles: READERS, component: ApplicationDetailScreen },
  { path: '/applications/:applicationId/edit', roles: ['clerk'], component: ApplicationEditScreen },
  { path: '/paper', label: '书面材料登记', icon: <IconBarcode size={18} />, roles: ['clerk'], component: CheckInScreen },
  { path: '/badges', label: '标识管理', icon: <IconCertificate size={18} />, roles: READERS, component: BadgesScreen },
  { path: '/listing', label: '公示', icon: <IconListDetails size={18} />, roles: READERS, component: ListingScreen },
  { path: '/listing/v/:verificationId', roles: READERS, component: VerificationScreen },
  { path: '/units', label: '单位', icon: <IconBuildingCommunity size={18} />, roles: READERS, component: UnitsScreen },
  { path: '/units/new', roles: ['clerk'], component: UnitEditScreen },
  { path: '/units/:unitId', roles: READERS, component: UnitDetailScreen },
  { path: '/units/:unitId/edit', roles: ['clerk'], component: UnitEditScreen },
  { path: '/units/:unitId/applications/new', roles: ['clerk'], component: ApplicationEditScreen },
  { path: '/notices', label: '通知发件箱', icon: <IconMail size={18} />, roles: READERS, component: NoticesScreen },
  { path: '/users', label: '用户管理', icon: <IconUsers size={18} />, roles: ['admin'], component: UsersScreen },
  { path: '/sync', label: '数据同步', icon: <IconArrowsExchange size={18} />, roles: ['admin'], component: SyncScreen },
  { path: '/audit', label: '操作日志', icon: <IconHistory size={18} />, roles: ['admin'], component: AuditScreen },
  { path: '/settings', label: '系统设置', icon: <IconSettings size={18} />, roles: ['admin'], component: SettingsScreen },
];
