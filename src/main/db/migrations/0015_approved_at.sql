ALTER TABLE `applications` ADD `approved_at` text;--> statement-breakpoint
CREATE INDEX `applications_listing` ON `applications` (`state`,`region_code`,`approved_at`);--> statement-breakpoint
-- Databases from before the column: the final decision's time, from the decisions already projected.
UPDATE `applications` SET `approved_at` = (SELECT max(`decided_at`) FROM `review_decisions` d WHERE d.`application_id` = `applications`.`id` AND d.`stage` = 'final' AND d.`decision` = 'pass');
