CREATE TABLE `reason_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`stage` text NOT NULL,
	`field` text,
	`retired` integer NOT NULL
);
