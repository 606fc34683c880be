/** Demo data for the sandbox's Jira site. */
export { seedDemo, seedDirectory, seedIncidents } from './seedDemo.js';
export { demoUserList, DEMO_USERS, APP_USER, type DemoUser } from './demoUsers.js';
export { DEMO_INCIDENTS, type DemoIncident } from './demoIncidents.js';
export { ITOPS } from './demoProject.js';
