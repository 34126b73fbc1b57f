export { mountSidebar, type MountOptions, type MountedSidebar } from './mount';
export { Sidebar } from './Sidebar';
export type { CardFinding, Notice, SidebarModel } from './model';
