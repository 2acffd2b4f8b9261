CREATE TABLE `application_versions` (
	`application_id` text NOT NULL,
	`version` integer NOT NULL,
	`data` text NOT NULL,
	`submitted_at` text NOT NULL,
	`submitted_by` text,
	PRIMARY KEY(`application_id`, `version`),
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `applications` (
	`id` text PRIMARY KEY NOT NULL,
	`serial_no` text,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`region_code` text NOT NULL,
	`system_category` text NOT NULL,
	`state` text NOT NULL,
	`kind` text,
	`version` integer NOT NULL,
	`site_name` text NOT NULL,
	`cn_domain` text NOT NULL,
	`cn_domain_ascii` text NOT NULL,
	`en_domain` text NOT NULL,
	`red_page` integer NOT NULL,
	`draft` text,
	`submitted_at` text,
	`last_submitted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `applications_serial_no_unique` ON `applications` (`serial_no`);--> statement-breakpoint
CREATE INDEX `applications_submitted` ON `applications` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_state` ON `applications` (`state`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_kind` ON `applications` (`kind`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_region` ON `applications` (`region_code`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_category` ON `applications` (`system_category`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `applications_unit` ON `applications` (`unit_id`);--> statement-breakpoint
CREATE INDEX `applications_site_name` ON `applications` (`site_name`);--> statement-breakpoint
CREATE INDEX `applications_cn_domain` ON `applications` (`cn_domain_ascii`);--> statement-breakpoint
CREATE INDEX `applications_en_domain` ON `applications` (`en_domain`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`account` text NOT NULL,
	`region_code` text NOT NULL,
	`region_level` text NOT NULL,
	`name` text NOT NULL,
	`system_category` text NOT NULL,
	`superior_unit` text NOT NULL,
	`address` text NOT NULL,
	`postcode` text NOT NULL,
	`functions` text NOT NULL,
	`credit_code` text NOT NULL,
	`head_name` text NOT NULL,
	`head_id_number` text NOT NULL,
	`handler_name` text NOT NULL,
	`handler_id_number` text NOT NULL,
	`handler_phone` text NOT NULL,
	`handler_phone_ext` text NOT NULL,
	`handler_fax` text NOT NULL,
	`handler_fax_ext` text NOT NULL,
	`handler_mobile` text NOT NULL,
	`handler_email` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_account_unique` ON `units` (`account`);--> statement-breakpoint
CREATE INDEX `units_name` ON `units` (`name`);--> statement-breakpoint
CREATE INDEX `units_region` ON `units` (`region_code`);